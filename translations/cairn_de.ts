<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Cairn::Core::AdvisorHandout</name>
    <message>
        <source>any Monday</source>
        <translation>jeden Montag</translation>
    </message>
    <message>
        <source>none announced</source>
        <translation>keine angekündigt</translation>
    </message>
    <message>
        <source>All of the following</source>
        <translation>Alle folgenden</translation>
    </message>
    <message>
        <source>%1: all of the following</source>
        <translation>%1: alle folgenden</translation>
    </message>
    <message>
        <source>%1 of the following</source>
        <translation>%1 der folgenden</translation>
    </message>
    <message>
        <source>%1: %2 of the following</source>
        <translation>%1: %2 der folgenden</translation>
    </message>
    <message>
        <source>at least %1 credits: %2</source>
        <translation>mindestens %1 Credits: %2</translation>
    </message>
    <message>
        <source>at most %1 credits: %2</source>
        <translation>höchstens %1 Credits: %2</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Credits</translation>
    </message>
    <message>
        <source>At most %1 credits from recognised prior learning</source>
        <translation>Höchstens %1 Credits aus anerkannten Vorleistungen</translation>
    </message>
    <message>
        <source>Courses count for %1 years after they are completed</source>
        <translation>Kurse zählen %1 Jahre nach ihrem Abschluss</translation>
    </message>
    <message>
        <source>level %1</source>
        <translation>Stufe %1</translation>
    </message>
    <message>
        <source>%1 credits in %2</source>
        <translation>%1 Credits im %2</translation>
    </message>
    <message>
        <source>builds on %1</source>
        <translation>baut auf %1 auf</translation>
    </message>
    <message>
        <source>counts toward %1</source>
        <translation>zählt für %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <source>Fastest</source>
        <translation>Am schnellsten</translation>
    </message>
    <message>
        <source>Cheapest</source>
        <translation>Am günstigsten</translation>
    </message>
    <message>
        <source>%1 without a listed cost</source>
        <translation>%1 ohne angegebenen Preis</translation>
    </message>
    <message>
        <source>no schedule</source>
        <translation>kein Zeitplan</translation>
    </message>
    <message>
        <source>Ways through %1</source>
        <translation>Wege zu %1</translation>
    </message>
    <message>
        <source>Way</source>
        <translation>Weg</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Kurse</translation>
    </message>
    <message>
        <source>Finishes</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Starting on %1 with no courses held, at up to %2 hours a week (full time).</source>
        <translation>Beginn am %1 ohne belegte Kurse, mit bis zu %2 Stunden pro Woche (Vollzeit).</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Next intakes</source>
        <translation>Nächste Starttermine</translation>
    </message>
    <message>
        <source>Counts toward</source>
        <translation>Zählt für</translation>
    </message>
    <message>
        <source>1 more course counts toward this pathway; the catalogue lists it.</source>
        <translation>1 weiterer Kurs zählt für diesen Weg; der Katalog führt ihn.</translation>
    </message>
    <message>
        <source>%1 more courses count toward this pathway; the catalogue lists them.</source>
        <translation>%1 weitere Kurse zählen für diesen Weg; der Katalog führt sie.</translation>
    </message>
    <message>
        <source>Pathway to %1</source>
        <translation>Weg zu %1</translation>
    </message>
    <message>
        <source>Cairn · Pathway handout · %1</source>
        <translation>Cairn · Handout zum Weg · %1</translation>
    </message>
    <message>
        <source>Made on %1</source>
        <translation>Erstellt am %1</translation>
    </message>
    <message>
        <source>Short courses stack: %1. Courses taken for one count toward the next where its rules allow.</source>
        <translation>Kurze Kurse bauen aufeinander auf: %1. Kurse für die eine zählen für die nächste, soweit deren Regeln es erlauben.</translation>
    </message>
    <message>
        <source>%1 does not stack with another qualification of this catalogue.</source>
        <translation>%1 baut mit keiner anderen Qualifikation dieses Katalogs zusammen.</translation>
    </message>
    <message>
        <source>Made with Cairn on %1 from the catalogue&apos;s courses; prices and intakes are as the catalogue lists them.</source>
        <translation>Mit Cairn am %1 aus den Kursen des Katalogs erstellt; Preise und Starttermine wie im Katalog angegeben.</translation>
    </message>
</context>
<context>
    <name>Cairn::Core::AuditReport</name>
    <message>
        <source>cost unknown</source>
        <translation>Kosten unbekannt</translation>
    </message>
    <message>
        <source>%1 without a listed cost</source>
        <translation>%1 ohne angegebene Kosten</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>All of</source>
        <translation>Alles aus</translation>
    </message>
    <message>
        <source>%1 of</source>
        <translation>%1 aus</translation>
    </message>
    <message>
        <source>%1 credits</source>
        <translation>%1 Credits</translation>
    </message>
    <message>
        <source>: %1 of %2 credits</source>
        <translation>: %1 von %2 Credits</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>— waived: %1</source>
        <translation>— erlassen: %1</translation>
    </message>
    <message>
        <source>%1 %2 · %3 credits · %4 · %5 weeks</source>
        <translation>%1 %2 · %3 Credits · %4 · %5 Wochen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Counting %1 credit, as of %2</source>
        <translation>Angerechnet: %1 Credits, Stand %2</translation>
    </message>
    <message>
        <source>earned</source>
        <translation>erworbene</translation>
    </message>
    <message>
        <source>earned and planned</source>
        <translation>erworbene und geplante</translation>
    </message>
    <message>
        <source>Complete: %1 credits counted of %2 required.</source>
        <translation>Abgeschlossen: %1 Credits angerechnet, %2 erforderlich.</translation>
    </message>
    <message>
        <source>Not complete: %1 credits still needed (%2% done); %3 credits counted toward the %4 required.</source>
        <translation>Nicht abgeschlossen: noch %1 Credits nötig (%2 % erledigt); %3 Credits angerechnet von %4 erforderlichen.</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Anforderungen</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <source>at least %1 credits</source>
        <translation>mindestens %1 Credits</translation>
    </message>
    <message>
        <source>: %1 of at least %2</source>
        <translation>: %1 von mindestens %2</translation>
    </message>
    <message>
        <source>at most %1 credits</source>
        <translation>höchstens %1 Credits</translation>
    </message>
    <message>
        <source>: %1 held, at most %2 count</source>
        <translation>: %1 vorhanden, höchstens %2 zählen</translation>
    </message>
    <message>
        <source>recognised prior learning: %1 held, at most %2 count</source>
        <translation>anerkannte Vorleistungen: %1 vorhanden, höchstens %2 zählen</translation>
    </message>
    <message>
        <source> (%1 over the limit)</source>
        <translation> (%1 über der Grenze)</translation>
    </message>
    <message>
        <source>No longer current</source>
        <translation>Nicht mehr aktuell</translation>
    </message>
    <message>
        <source>%1, dated %2, stopped counting on %3</source>
        <translation>%1 vom %2 zählt seit dem %3 nicht mehr</translation>
    </message>
    <message>
        <source>Advisor decisions</source>
        <translation>Entscheidungen der Beratung</translation>
    </message>
    <message>
        <source>waived %1: %2</source>
        <translation>%1 erlassen: %2</translation>
    </message>
    <message>
        <source>%1 counts toward %2: %3</source>
        <translation>%1 zählt für %2: %3</translation>
    </message>
    <message>
        <source>%1 excluded: %2</source>
        <translation>%1 ausgeschlossen: %2</translation>
    </message>
    <message>
        <source>What if: every qualification, closest first (as of %1)</source>
        <translation>Was wäre, wenn: alle Qualifikationen, die nächstliegende zuerst (Stand %1)</translation>
    </message>
    <message>
        <source>%1. %2 (%3)</source>
        <translation>%1. %2 (%3)</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>%1 credits to go with your plans (%2 without them)</source>
        <translation>noch %1 Credits mit Ihren Plänen (%2 ohne sie)</translation>
    </message>
    <message>
        <source>about %1 study hours and %2 more: %3%4</source>
        <translation>etwa %1 Lernstunden und weitere %2: %3%4</translation>
    </message>
    <message>
        <source> (the catalogue cannot close the gap)</source>
        <translation> (der Katalog kann die Lücke nicht schließen)</translation>
    </message>
    <message>
        <source>Note: this requirement tree is too intricate to prove the best allocation in time; the allocation shown is the best found, and a better one would need at most %1 credits fewer.</source>
        <translation>Hinweis: Dieser Anforderungsbaum ist zu verschachtelt, um die beste Zuordnung rechtzeitig zu beweisen; die gezeigte Zuordnung ist die beste gefundene, und eine bessere bräuchte höchstens %1 Credits weniger.</translation>
    </message>
    <message>
        <source>Its requirements ask for %1 credits, more than the %2 it names: what is still needed is measured against the %1.</source>
        <translation>Die Anforderungen verlangen %1 Credits, mehr als die genannten %2: Was noch fehlt, wird an den %1 gemessen.</translation>
    </message>
</context>
<context>
    <name>Cairn::Core::Auditor</name>
    <message>
        <source> — enrolled</source>
        <translation> — eingeschrieben</translation>
    </message>
    <message>
        <source> — planned</source>
        <translation> — geplant</translation>
    </message>
</context>
<context>
    <name>Cairn::Core::Backups</name>
    <message>
        <source>cannot create the backup folder %1</source>
        <translation>der Sicherungsordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>%1 exists already; choose a new file for the backup</source>
        <translation>%1 gibt es schon; wählen Sie eine neue Datei für die Sicherung</translation>
    </message>
    <message>
        <source>cannot back up %1 to %2: %3</source>
        <translation>%1 kann nicht nach %2 gesichert werden: %3</translation>
    </message>
    <message>
        <source>%1: no such backup</source>
        <translation>%1: keine solche Sicherung</translation>
    </message>
    <message>
        <source>%1: cannot read the backup</source>
        <translation>%1: die Sicherung kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1 cannot be restored: %2</source>
        <translation>%1 kann nicht wiederhergestellt werden: %2</translation>
    </message>
    <message>
        <source>cannot set %1 aside before restoring</source>
        <translation>%1 kann vor dem Wiederherstellen nicht beiseitegelegt werden</translation>
    </message>
    <message>
        <source>cannot copy %1 to %2</source>
        <translation>%1 kann nicht nach %2 kopiert werden</translation>
    </message>
    <message>
        <source>cannot back up %1 to %2: the copy could not be put in place</source>
        <translation>%1 kann nicht nach %2 gesichert werden: die Kopie konnte nicht an ihren Platz gelegt werden</translation>
    </message>
    <message>
        <source>cannot put %1 in the place of %2</source>
        <translation>%1 kann nicht an die Stelle von %2 gesetzt werden</translation>
    </message>
</context>
<context>
    <name>Cairn::Core::CatalogueEditor</name>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 und %2 weitere</translation>
    </message>
    <message>
        <source>saving course %1</source>
        <translation>beim Speichern des Kurses %1</translation>
    </message>
    <message>
        <source>Course %1</source>
        <translation>Kurs %1</translation>
    </message>
    <message>
        <source>removing course %1</source>
        <translation>beim Entfernen des Kurses %1</translation>
    </message>
    <message>
        <source>saving provider %1</source>
        <translation>beim Speichern des Anbieters %1</translation>
    </message>
    <message>
        <source>Provider %1</source>
        <translation>Anbieter %1</translation>
    </message>
    <message>
        <source>removing provider %1</source>
        <translation>beim Entfernen des Anbieters %1</translation>
    </message>
    <message>
        <source>saving skill %1</source>
        <translation>beim Speichern der Kompetenz %1</translation>
    </message>
    <message>
        <source>Skill %1</source>
        <translation>Kompetenz %1</translation>
    </message>
    <message>
        <source>removing skill %1</source>
        <translation>beim Entfernen der Kompetenz %1</translation>
    </message>
    <message>
        <source>saving qualification %1</source>
        <translation>beim Speichern der Qualifikation %1</translation>
    </message>
    <message>
        <source>Qualification %1</source>
        <translation>Qualifikation %1</translation>
    </message>
    <message>
        <source>removing qualification %1</source>
        <translation>beim Entfernen der Qualifikation %1</translation>
    </message>
    <message>
        <source>%1 cannot be removed while it is used by %2.</source>
        <translation>%1 kann nicht entfernt werden; noch verwendet in: %2.</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>the records of %1</source>
        <translation>den Nachweisen von %1</translation>
    </message>
    <message>
        <source>the prerequisites of %1</source>
        <translation>den Voraussetzungen von %1</translation>
    </message>
    <message>
        <source>the rules of %1</source>
        <translation>den Regeln von %1</translation>
    </message>
    <message>
        <source>the courses %1</source>
        <translation>den Kursen %1</translation>
    </message>
    <message>
        <source>the qualifications %1</source>
        <translation>den Qualifikationen %1</translation>
    </message>
    <message>
        <source>the goals of %1</source>
        <translation>den Zielen von %1</translation>
    </message>
    <message>
        <source>the advisor decisions for %1</source>
        <translation>den Entscheidungen der Beratung für %1</translation>
    </message>
</context>
<context>
    <name>Cairn::Core::CatalogueReader</name>
    <message>
        <source>&quot;%1&quot; is used more than once</source>
        <translation>„%1“ wird mehrfach verwendet</translation>
    </message>
    <message>
        <source>expected a code of letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>erwartet wird ein Code aus Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; oder &apos;-&apos;</translation>
    </message>
    <message>
        <source>min is greater than max</source>
        <translation>min ist größer als max</translation>
    </message>
    <message>
        <source>expected one of %1</source>
        <translation>erwartet wird einer von %1</translation>
    </message>
    <message>
        <source>expected a date YYYY-MM-DD</source>
        <translation>erwartet wird ein Datum JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed more than once</source>
        <translation>„%1“ ist mehrfach aufgeführt</translation>
    </message>
</context>
<context>
    <name>Cairn::Core::CatalogueReferences</name>
    <message>
        <source>provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>framework</source>
        <translation>Rahmenwerk</translation>
    </message>
    <message>
        <source>expected a level from %1 to %2 (framework &quot;%3&quot;)</source>
        <translation>erwartet wird eine Stufe von %1 bis %2 (Rahmenwerk „%3“)</translation>
    </message>
    <message>
        <source>skill</source>
        <translation>Kompetenz</translation>
    </message>
    <message>
        <source>a course cannot be its own prerequisite</source>
        <translation>ein Kurs kann nicht seine eigene Voraussetzung sein</translation>
    </message>
    <message>
        <source>no %1 &quot;%2&quot; in this catalogue</source>
        <extracomment>%1 is &quot;course&quot;, &quot;provider&quot;, &quot;framework&quot; or &quot;skill&quot;; %2 its id</extracomment>
        <translation>%1 „%2“ gibt es in diesem Katalog nicht</translation>
    </message>
    <message>
        <source>course</source>
        <translation>Kurs</translation>
    </message>
</context>
<context>
    <name>Cairn::Core::CatalogueRepository</name>
    <message>
        <source>saving the catalogue</source>
        <translation>beim Speichern des Katalogs</translation>
    </message>
    <message>
        <source>saving framework %1</source>
        <translation>beim Speichern des Rahmenwerks %1</translation>
    </message>
    <message>
        <source>saving provider %1</source>
        <translation>beim Speichern des Anbieters %1</translation>
    </message>
    <message>
        <source>saving skill %1</source>
        <translation>beim Speichern der Kompetenz %1</translation>
    </message>
    <message>
        <source>saving course %1</source>
        <translation>beim Speichern des Kurses %1</translation>
    </message>
    <message>
        <source>saving qualification %1</source>
        <translation>beim Speichern der Qualifikation %1</translation>
    </message>
    <message>
        <source>reading the catalogue</source>
        <translation>beim Lesen des Katalogs</translation>
    </message>
    <message>
        <source>the stored catalogue is damaged: %1</source>
        <translation>der gespeicherte Katalog ist beschädigt: %1</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>Der Import wurde abgebrochen; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>reading the frameworks</source>
        <translation>beim Lesen der Rahmenwerke</translation>
    </message>
    <message>
        <source>reading the providers</source>
        <translation>beim Lesen der Anbieter</translation>
    </message>
    <message>
        <source>reading the skills</source>
        <translation>beim Lesen der Kompetenzen</translation>
    </message>
    <message>
        <source>reading the qualifications</source>
        <translation>beim Lesen der Qualifikationen</translation>
    </message>
    <message>
        <source>reading the courses</source>
        <translation>beim Lesen der Kurse</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>Abgebrochen; nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>counting the courses</source>
        <translation>beim Zählen der Kurse</translation>
    </message>
</context>
<context>
    <name>Cairn::Core::Checks</name>
    <message>
        <source>Give the %1 a code.</source>
        <translation>%1: Bitte einen Code angeben.</translation>
    </message>
    <message>
        <source>A code has only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;.</source>
        <translation>Ein Code besteht nur aus Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; und &apos;-&apos;.</translation>
    </message>
    <message>
        <source>There is already a %1 with the code %2.</source>
        <translation>%1 mit dem Code %2 gibt es bereits.</translation>
    </message>
    <message>
        <source>An amount cannot be negative.</source>
        <translation>Ein Betrag kann nicht negativ sein.</translation>
    </message>
    <message>
        <source>Write the currency as three capital letters, such as NZD or EUR.</source>
        <translation>Die Währung bitte mit drei Großbuchstaben angeben, etwa NZD oder EUR.</translation>
    </message>
    <message>
        <source>course</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <source>Give the course a title.</source>
        <translation>Bitte geben Sie dem Kurs einen Titel.</translation>
    </message>
    <message>
        <source>Choose the provider that awards the course.</source>
        <translation>Bitte wählen Sie den Anbieter, der den Kurs vergibt.</translation>
    </message>
    <message>
        <source>Choose the framework of the course&apos;s credits.</source>
        <translation>Bitte wählen Sie das Rahmenwerk der Credits des Kurses.</translation>
    </message>
    <message>
        <source>%1 has levels %2 to %3.</source>
        <translation>%1 hat die Stufen %2 bis %3.</translation>
    </message>
    <message>
        <source>A course carries more than 0 credits.</source>
        <translation>Ein Kurs bringt mehr als 0 Credits.</translation>
    </message>
    <message>
        <source>A course takes more than 0 hours.</source>
        <translation>Ein Kurs dauert mehr als 0 Stunden.</translation>
    </message>
    <message>
        <source>A course runs for at least one week.</source>
        <translation>Ein Kurs dauert mindestens eine Woche.</translation>
    </message>
    <message>
        <source>Write intake dates as YYYY-MM-DD.</source>
        <translation>Starttermine bitte als JJJJ-MM-TT angeben.</translation>
    </message>
    <message>
        <source>There is no skill %1 in the catalogue.</source>
        <translation>Die Kompetenz %1 gibt es im Katalog nicht.</translation>
    </message>
    <message>
        <source>A course cannot be its own prerequisite.</source>
        <translation>Ein Kurs kann nicht seine eigene Voraussetzung sein.</translation>
    </message>
    <message>
        <source>provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Give the provider a name.</source>
        <translation>Bitte geben Sie dem Anbieter einen Namen.</translation>
    </message>
    <message>
        <source>skill</source>
        <translation>Kompetenz</translation>
    </message>
    <message>
        <source>Give the skill a label.</source>
        <translation>Bitte geben Sie der Kompetenz eine Bezeichnung.</translation>
    </message>
    <message>
        <source>qualification</source>
        <translation>Qualifikation</translation>
    </message>
    <message>
        <source>Give the qualification a title.</source>
        <translation>Bitte geben Sie der Qualifikation einen Titel.</translation>
    </message>
    <message>
        <source>There is no provider %1.</source>
        <translation>Den Anbieter %1 gibt es nicht.</translation>
    </message>
    <message>
        <source>Choose the framework the qualification counts credits in.</source>
        <translation>Bitte wählen Sie das Rahmenwerk, in dem die Qualifikation Credits zählt.</translation>
    </message>
    <message>
        <source>Credits cannot be negative.</source>
        <translation>Credits können nicht negativ sein.</translation>
    </message>
    <message>
        <source>Recognised credits cannot be capped below 0.</source>
        <translation>Anerkannte Credits können nicht unter 0 begrenzt werden.</translation>
    </message>
    <message>
        <source>Credit stays current for at least a year.</source>
        <translation>Credits bleiben mindestens ein Jahr aktuell.</translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation>Bitte geben Sie dem Profil einen Namen.</translation>
    </message>
    <message>
        <source>Another profile is called %1.</source>
        <translation>Ein anderes Profil heißt bereits %1.</translation>
    </message>
    <message>
        <source>Weekly study hours are more than 0 and at most 168.</source>
        <translation>Die Lernzeit pro Woche liegt über 0 und bei höchstens 168 Stunden.</translation>
    </message>
    <message>
        <source>Period %1 needs a first and a last day.</source>
        <translation>Zeitraum %1 braucht einen ersten und einen letzten Tag.</translation>
    </message>
    <message>
        <source>Period %1 ends before it starts.</source>
        <translation>Zeitraum %1 endet, bevor er beginnt.</translation>
    </message>
    <message>
        <source>Period %1: weekly hours are from 0 to 168.</source>
        <translation>Zeitraum %1: Stunden pro Woche liegen zwischen 0 und 168.</translation>
    </message>
    <message>
        <source>There is no qualification %1.</source>
        <translation>Die Qualifikation %1 gibt es nicht.</translation>
    </message>
    <message>
        <source>A completed course needs the date it was completed.</source>
        <translation>Ein abgeschlossener Kurs braucht das Datum des Abschlusses.</translation>
    </message>
    <message>
        <source>No requirement &quot;%1&quot; in %2.</source>
        <translation>Keine Anforderung „%1“ in %2.</translation>
    </message>
    <message>
        <source>A course can stand in for a course or credits requirement, not a group.</source>
        <translation>Ein Kurs kann für eine Kurs- oder Credit-Anforderung eintreten, nicht für eine Gruppe.</translation>
    </message>
    <message>
        <source>Choose a course.</source>
        <translation>Wählen Sie einen Kurs.</translation>
    </message>
    <message>
        <source>%1 is not among the learner&apos;s courses.</source>
        <translation>%1 gehört nicht zu den Kursen der lernenden Person.</translation>
    </message>
    <message>
        <source>Give the reason for this decision.</source>
        <translation>Geben Sie den Grund für diese Entscheidung an.</translation>
    </message>
    <message>
        <source>Give the name of the advisor who decided.</source>
        <translation>Geben Sie den Namen der beratenden Person an, die entschieden hat.</translation>
    </message>
    <message>
        <source>This decision has already been made for %1.</source>
        <translation>Diese Entscheidung wurde für %1 bereits getroffen.</translation>
    </message>
    <message>
        <source>A full programme runs at least a week.</source>
        <translation>Ein Vollprogramm dauert mindestens eine Woche.</translation>
    </message>
    <message>
        <source>An amount is at most %1.</source>
        <translation>Ein Betrag ist höchstens %1.</translation>
    </message>
    <message>
        <source>A course carries at most %1 credits.</source>
        <translation>Ein Kurs hat höchstens %1 Credits.</translation>
    </message>
    <message>
        <source>A course takes at most %1 hours.</source>
        <translation>Ein Kurs dauert höchstens %1 Stunden.</translation>
    </message>
    <message>
        <source>A course runs for at most %1 weeks.</source>
        <translation>Ein Kurs läuft höchstens %1 Wochen.</translation>
    </message>
    <message>
        <source>A qualification asks for at most %1 credits.</source>
        <translation>Eine Qualifikation verlangt höchstens %1 Credits.</translation>
    </message>
    <message>
        <source>Credit stays current for at most %1 years.</source>
        <translation>Credits bleiben höchstens %1 Jahre gültig.</translation>
    </message>
    <message>
        <source>A full programme runs at most %1 weeks.</source>
        <translation>Ein vollständiges Programm läuft höchstens %1 Wochen.</translation>
    </message>
    <message>
        <source>Rate %1: currencies are codes of three capital letters, such as NZD.</source>
        <translation>Kurs %1: Währungen sind Codes aus drei Großbuchstaben, etwa NZD.</translation>
    </message>
    <message>
        <source>Rate %1 converts a currency into itself.</source>
        <translation>Kurs %1 rechnet eine Währung in sich selbst um.</translation>
    </message>
    <message>
        <source>Rate %1 is from 0.000001 to 1,000,000.</source>
        <translation>Kurs %1 liegt zwischen 0,000001 und 1.000.000.</translation>
    </message>
    <message>
        <source>Rate %1 needs the day it was taken.</source>
        <translation>Kurs %1 braucht den Tag, an dem er galt.</translation>
    </message>
    <message>
        <source>Rate %1 repeats rate %2.</source>
        <translation>Kurs %1 wiederholt Kurs %2.</translation>
    </message>
</context>
<context>
    <name>Cairn::Core::CommandLine</name>
    <message>
        <source>Try &apos;cairn-cli --help&apos;.</source>
        <translation>Siehe &apos;cairn-cli --help&apos;.</translation>
    </message>
    <message>
        <source>import takes exactly one FILE</source>
        <translation>import erwartet genau eine DATEI</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Imported catalogue &quot;%1&quot; from %2 (courses: %3, qualifications: %4).</source>
        <translation>Katalog „%1“ aus %2 importiert (Kurse: %3, Qualifikationen: %4).</translation>
    </message>
    <message>
        <source>Imported learner &quot;%1&quot; from %2 (records: %3).</source>
        <translation>Lernende(n) „%1“ aus %2 importiert (Nachweise: %3).</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
    <message>
        <source>use &apos;export catalogue FILE&apos; or &apos;export learner NAME FILE&apos;</source>
        <translation>bitte &apos;export catalogue DATEI&apos; oder &apos;export learner NAME DATEI&apos; verwenden</translation>
    </message>
    <message>
        <source>learners takes no arguments</source>
        <translation>learners erwartet keine Argumente</translation>
    </message>
    <message>
        <source>No learner profiles yet; import a learner file first.</source>
        <translation>Noch keine Lernprofile; bitte zuerst eine Lernendendatei importieren.</translation>
    </message>
    <message>
        <source>%1 (records: %2)</source>
        <translation>%1 (Nachweise: %2)</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>kein Befehl angegeben</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>unbekannter Befehl „%1“</translation>
    </message>
    <message>
        <source>use either --catalogue and --learner files or --database, not both</source>
        <translation>bitte entweder --catalogue und --learner oder --database verwenden, nicht beides</translation>
    </message>
    <message>
        <source>--catalogue needs --learner FILE</source>
        <translation>--catalogue braucht --learner DATEI</translation>
    </message>
    <message>
        <source>there is no learner profile; import a learner file first</source>
        <translation>es gibt kein Lernprofil; bitte zuerst eine Lernendendatei importieren</translation>
    </message>
    <message>
        <source>there are %1 learner profiles; name one with --learner NAME</source>
        <translation>es gibt %1 Lernprofile; bitte eines mit --learner NAME wählen</translation>
    </message>
    <message>
        <source>--as-of expects a date YYYY-MM-DD, not &quot;%1&quot;</source>
        <translation>--as-of erwartet ein Datum JJJJ-MM-TT, nicht „%1“</translation>
    </message>
    <message>
        <source>--mode expects earned or planned, not &quot;%1&quot;</source>
        <translation>--mode erwartet earned oder planned, nicht „%1“</translation>
    </message>
    <message>
        <source>audit takes no positional arguments</source>
        <translation>audit erwartet keine Positionsargumente</translation>
    </message>
    <message>
        <source>audit needs --qualification CODE</source>
        <translation>audit braucht --qualification CODE</translation>
    </message>
    <message>
        <source>no qualification &quot;%1&quot; in the catalogue</source>
        <translation>die Qualifikation „%1“ gibt es im Katalog nicht</translation>
    </message>
    <message>
        <source>whatif takes no positional arguments</source>
        <translation>whatif erwartet keine Positionsargumente</translation>
    </message>
    <message>
        <source>plan takes no positional arguments</source>
        <translation>plan erwartet keine Positionsargumente</translation>
    </message>
    <message>
        <source>--optimise expects time or cost, not &quot;%1&quot;</source>
        <translation>--optimise erwartet time oder cost, nicht „%1“</translation>
    </message>
    <message>
        <source>--optimise needs --qualification CODE</source>
        <translation>--optimise braucht --qualification CODE</translation>
    </message>
    <message>
        <source>--start expects a date YYYY-MM-DD, not &quot;%1&quot;</source>
        <translation>--start erwartet ein Datum JJJJ-MM-TT, nicht „%1“</translation>
    </message>
    <message>
        <source>cairn-cli: no schedule is possible:</source>
        <translation>cairn-cli: kein Zeitplan ist möglich:</translation>
    </message>
    <message>
        <source>Wrote the calendar to %1</source>
        <translation>Kalender nach %1 geschrieben</translation>
    </message>
    <message>
        <source>The latest backup was made on %1: cairn-cli restore &quot;%2&quot; --database &quot;%3&quot;</source>
        <translation>Die neueste Sicherung stammt vom %1: cairn-cli restore &quot;%2&quot; --database &quot;%3&quot;</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>backup takes at most one FILE</source>
        <translation>backup nimmt höchstens eine FILE</translation>
    </message>
    <message>
        <source>%1: no such database</source>
        <translation>%1: keine solche Datenbank</translation>
    </message>
    <message>
        <source>Backed up %1 to %2</source>
        <translation>%1 nach %2 gesichert</translation>
    </message>
    <message>
        <source>restore takes exactly one FILE (a backup)</source>
        <translation>restore nimmt genau eine FILE (eine Sicherung)</translation>
    </message>
    <message>
        <source>Restored %1 from %2.</source>
        <translation>%1 aus %2 wiederhergestellt.</translation>
    </message>
    <message>
        <source>The database as it was is kept as %1.</source>
        <translation>Die bisherige Datenbank bleibt als %1 erhalten.</translation>
    </message>
    <message>
        <source>--hours-per-week expects a number of hours above 0 and at most 168, not &quot;%1&quot;</source>
        <translation>--hours-per-week erwartet eine Stundenzahl über 0 und höchstens 168, nicht „%1“</translation>
    </message>
    <message>
        <source>use either --catalogue FILE or --database, not both</source>
        <translation>entweder --catalogue FILE oder --database verwenden, nicht beides</translation>
    </message>
    <message>
        <source>PDF output needs a QGuiApplication</source>
        <translation>PDF-Ausgabe braucht eine QGuiApplication</translation>
    </message>
    <message>
        <source>%1 takes no positional arguments</source>
        <translation>%1 nimmt keine Positionsargumente</translation>
    </message>
    <message>
        <source>%1 needs --pdf FILE</source>
        <translation>%1 braucht --pdf FILE</translation>
    </message>
    <message>
        <source>--paper expects a4 or letter, not &quot;%1&quot;</source>
        <translation>--paper erwartet a4 oder letter, nicht „%1“</translation>
    </message>
    <message>
        <source>handout needs --qualification CODE</source>
        <translation>handout braucht --qualification CODE</translation>
    </message>
    <message>
        <source>handout reads no learner; leave out --learner</source>
        <translation>handout liest keine lernende Person; --learner weglassen</translation>
    </message>
    <message>
        <source>use either --catalogue FILE or --server, not both</source>
        <translation>entweder --catalogue FILE oder --server angeben, nicht beides</translation>
    </message>
    <message>
        <source>use either --catalogue and --learner files or --server, not both</source>
        <translation>entweder die Dateien --catalogue und --learner oder --server angeben, nicht beides</translation>
    </message>
    <message>
        <source>use &apos;server init CONNINFO&apos; or &apos;server migrate CONNINFO&apos;</source>
        <translation>&apos;server init CONNINFO&apos; oder &apos;server migrate CONNINFO&apos; verwenden</translation>
    </message>
    <message>
        <source>server takes its CONNINFO as an argument, without --database or --server</source>
        <translation>server nimmt CONNINFO als Argument, ohne --database oder --server</translation>
    </message>
    <message>
        <source>Created Cairn&apos;s schema (version %1) on %2.</source>
        <translation>Cairns Schema (Version %1) auf %2 angelegt.</translation>
    </message>
    <message>
        <source>Cairn&apos;s schema on %2 is at version %1, this Cairn&apos;s.</source>
        <translation>Cairns Schema auf %2 hat Version %1, die dieses Cairn.</translation>
    </message>
    <message>
        <source>Usage: cairn-cli COMMAND [OPTIONS]

Plan stackable study: micro-credentials toward qualifications.

Commands:
  import FILE                 Import a catalogue bundle or a learner file
                              (told apart by its &quot;format&quot;). A file with any
                              error imports nothing; re-importing a catalogue
                              updates courses and qualifications by code.
  export catalogue FILE       Write the stored catalogue as a bundle.
  export learner NAME FILE    Write a stored learner profile as a learner file.
  learners                    List the stored learner profiles.
  backup [FILE]               Copy the database to FILE, or into the backups
                              folder beside it (Cairn also backs up before
                              every import and upgrade, and once a day).
  restore FILE                Put the backup FILE in the database&apos;s place; the
                              database as it was is kept beside it.
  server init CONNINFO        Create Cairn&apos;s schema in an empty database on a
                              study centre&apos;s PostgreSQL server.
  server migrate CONNINFO     Upgrade the schema on the server to this Cairn&apos;s.
  audit --qualification CODE  What counts toward CODE and what is missing.
        [--mode earned|planned] [--as-of YYYY-MM-DD] [--json]
  whatif                      Every qualification ranked by the credits still
        [--mode planned|earned] [--as-of YYYY-MM-DD] [--json]
                              needed, with an estimate of cost and hours.
  plan                        Schedule the enrolled and planned courses into
        [--hours-per-week H] [--start YYYY-MM-DD] [--json] [--ics FILE]
                              weeks within the hours available (default: the
                              learner&apos;s), finishing as early as possible;
                              --ics writes the schedule as an iCalendar file.
        [--qualification CODE [--optimise time|cost]]
                              Also choose the catalogue courses that complete
                              CODE soonest (time, the default) or cheapest.
  report --pdf FILE           A progress report on paper: the profile, each
        [--qualification CODE] [--paper a4|letter] [--as-of YYYY-MM-DD]
                              goal&apos;s audit with what is missing (or only
                              CODE&apos;s), the courses, the plan week by week and
                              the costs per year.
  handout --qualification CODE --pdf FILE
        [--paper a4|letter] [--as-of YYYY-MM-DD]
                              An advisor&apos;s handout of CODE&apos;s pathway: the
                              qualifications that stack with it, their rules,
                              the courses, the fastest and cheapest ways. It
                              holds no learner data: give --catalogue FILE or
                              --database DB, no --learner.

Where audit, whatif, plan and report read their data:
  --catalogue FILE --learner FILE
                              Read both files (nothing is stored).
  --database DB [--learner NAME]
                              Use a stored catalogue and learner profile; NAME
                              may be left out when there is only one.

Options:
  --database DB               Use the SQLite database DB instead of
                              %1
  --server CONNINFO           Use a study centre&apos;s PostgreSQL server instead:
                              a libpq connection string (&quot;host=centre
                              dbname=cairn&quot;) or service (&quot;service=centre&quot;).
  --json                      Print one JSON document instead of text.
  -h, --help                  Show this help.
  -v, --version               Show the version.

Exit status: 0 on success, 1 when a command fails, 2 on a usage error.
</source>
        <translation>Aufruf: cairn-cli BEFEHL [OPTIONEN]

Stapelbares Lernen planen: Microcredentials auf dem Weg zu Qualifikationen.

Befehle:
  import FILE                 Ein Katalogpaket oder eine Lernendendatei importieren
                              (unterschieden an &quot;format&quot;). Eine Datei mit einem
                              Fehler importiert nichts; ein erneut importierter
                              Katalog aktualisiert Kurse und Qualifikationen nach Code.
  export catalogue FILE       Den gespeicherten Katalog als Paket schreiben.
  export learner NAME FILE    Ein gespeichertes Lernprofil als Lernendendatei schreiben.
  learners                    Die gespeicherten Lernprofile auflisten.
  backup [FILE]               Die Datenbank nach FILE kopieren oder in den Ordner
                              backups neben ihr (Cairn sichert auch vor jedem
                              Import und jeder Aktualisierung und einmal am Tag).
  restore FILE                Die Sicherung FILE an die Stelle der Datenbank setzen;
                              die bisherige Datenbank bleibt daneben erhalten.
  server init CONNINFO        Cairns Schema in einer leeren Datenbank auf dem
                              PostgreSQL-Server eines Lernzentrums anlegen.
  server migrate CONNINFO     Das Schema auf dem Server auf das dieses Cairn heben.
  audit --qualification CODE  Was für CODE zählt und was fehlt.
        [--mode earned|planned] [--as-of YYYY-MM-DD] [--json]
  whatif                      Alle Qualifikationen, geordnet nach den noch nötigen
        [--mode planned|earned] [--as-of YYYY-MM-DD] [--json]
                              Credits, mit geschätzten Kosten und Stunden.
  plan                        Die eingeschriebenen und geplanten Kurse in Wochen
        [--hours-per-week H] [--start YYYY-MM-DD] [--json] [--ics FILE]
                              innerhalb der verfügbaren Stunden einplanen (Standard:
                              die der lernenden Person), so früh wie möglich fertig;
                              --ics schreibt den Zeitplan als iCalendar-Datei.
        [--qualification CODE [--optimise time|cost]]
                              Außerdem die Katalogkurse wählen, mit denen CODE am
                              schnellsten (time, Standard) oder günstigsten endet.
  report --pdf FILE           Ein Fortschrittsbericht auf Papier: das Profil, für
        [--qualification CODE] [--paper a4|letter] [--as-of YYYY-MM-DD]
                              jedes Ziel die Prüfung mit dem, was fehlt (oder nur
                              für CODE), die Kurse, der Plan Woche für Woche und
                              die Kosten pro Jahr.
  handout --qualification CODE --pdf FILE
        [--paper a4|letter] [--as-of YYYY-MM-DD]
                              Ein Handout für die Beratung zum Weg von CODE: die
                              Qualifikationen, die darauf aufbauen, ihre Regeln,
                              die Kurse, der schnellste und günstigste Weg. Es
                              enthält keine Lernendendaten: --catalogue FILE oder
                              --database DB angeben, kein --learner.

Woher audit, whatif, plan und report ihre Daten lesen:
  --catalogue FILE --learner FILE
                              Beide Dateien lesen (nichts wird gespeichert).
  --database DB [--learner NAME]
                              Einen gespeicherten Katalog und ein Lernprofil
                              verwenden; NAME kann bei nur einem Profil entfallen.

Optionen:
  --database DB               Die SQLite-Datenbank DB verwenden statt
                              %1
  --server CONNINFO           Stattdessen den PostgreSQL-Server eines Lernzentrums
                              nutzen: eine libpq-Verbindungsangabe (&quot;host=zentrum
                              dbname=cairn&quot;) oder ein Dienst (&quot;service=zentrum&quot;).
  --json                      Ein JSON-Dokument statt Text ausgeben.
  -h, --help                  Diese Hilfe anzeigen.
  -v, --version               Die Version anzeigen.

Rückgabewert: 0 bei Erfolg, 1 wenn ein Befehl scheitert, 2 bei falschem Aufruf.
</translation>
    </message>
    <message>
        <source>use either --database DB or --server CONNINFO, not both</source>
        <translation>entweder --database DB oder --server CONNINFO angeben, nicht beides</translation>
    </message>
    <message>
        <source>--server needs a connection string, such as &quot;service=centre&quot;</source>
        <translation>--server braucht eine Verbindungsangabe, etwa &quot;service=zentrum&quot;</translation>
    </message>
    <message>
        <source>%1 works on a database file; a study centre backs up its server with pg_dump (docs/STUDY_CENTRE.md)</source>
        <translation>%1 arbeitet mit einer Datenbankdatei; ein Lernzentrum sichert seinen Server mit pg_dump (docs/STUDY_CENTRE.md)</translation>
    </message>
</context>
<context>
    <name>Cairn::Core::ComparisonReport</name>
    <message>
        <source>%1 without a listed price</source>
        <translation>%1 ohne angegebenen Preis</translation>
    </message>
    <message>
        <source>nothing more</source>
        <translation>nichts weiter</translation>
    </message>
    <message>
        <source>not possible: %1</source>
        <translation>nicht möglich: %1</translation>
    </message>
    <message>
        <source>nothing to add</source>
        <translation>nichts hinzuzufügen</translation>
    </message>
    <message>
        <source>no schedule yet</source>
        <translation>noch kein Zeitplan</translation>
    </message>
    <message>
        <source>level %1</source>
        <translation>Stufe %1</translation>
    </message>
    <message>
        <source>no level</source>
        <translation>keine Stufe</translation>
    </message>
    <message>
        <source>courses at level %1</source>
        <translation>Kurse auf Stufe %1</translation>
    </message>
    <message>
        <source>courses at levels %1–%2</source>
        <translation>Kurse auf Stufen %1–%2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>Qualifikation</translation>
    </message>
    <message>
        <source>Credits still needed</source>
        <translation>Noch nötige Credits</translation>
    </message>
    <message>
        <source>%1 of %2 (%3% done)</source>
        <translation>%1 von %2 (%3 % erledigt)</translation>
    </message>
    <message>
        <source>Fastest finish</source>
        <translation>Schnellster Abschluss</translation>
    </message>
    <message>
        <source>%1 done by %2</source>
        <translation>%1 fertig bis %2</translation>
    </message>
    <message>
        <source>Courses to add (fastest)</source>
        <translation>Hinzuzufügende Kurse (am schnellsten)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Cost of the fastest</source>
        <translation>Kosten des schnellsten</translation>
    </message>
    <message>
        <source>Cheapest cost</source>
        <translation>Günstigste Kosten</translation>
    </message>
    <message>
        <source>Cheapest finish</source>
        <translation>Abschluss des günstigsten</translation>
    </message>
    <message>
        <source>Study hours (fastest)</source>
        <translation>Lernstunden (am schnellsten)</translation>
    </message>
    <message>
        <source>%1 hours, about %2 a week</source>
        <translation>%1 Stunden, etwa %2 pro Woche</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 Stunden</translation>
    </message>
    <message>
        <source>Delivery (courses)</source>
        <translation>Form (Kurse)</translation>
    </message>
    <message>
        <source>Levels</source>
        <translation>Stufen</translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation> und %1 weitere</translation>
    </message>
    <message>
        <source>no course counts toward both</source>
        <translation>kein Kurs zählt für beide</translation>
    </message>
    <message>
        <source>%1 courses, %2 credits: %3</source>
        <translation>%1 Kurse, %2 Credits: %3</translation>
    </message>
    <message>
        <source>Ways compared</source>
        <translation>Wege im Vergleich</translation>
    </message>
    <message>
        <source>Cairn · Ways compared</source>
        <translation>Cairn · Wege im Vergleich</translation>
    </message>
    <message>
        <source>Made on %1</source>
        <translation>Erstellt am %1</translation>
    </message>
    <message>
        <source>Aspect</source>
        <translation>Gesichtspunkt</translation>
    </message>
    <message>
        <source>For %1 as of %2, at their weekly hours; the fastest and cheapest ways choose catalogue courses to add to what is enrolled and planned.</source>
        <translation>Für %1 zum %2, mit den eigenen Wochenstunden; der schnellste und der günstigste Weg wählen Katalogkurse zusätzlich zu dem, was eingeschrieben und geplant ist.</translation>
    </message>
    <message>
        <source>In common: %1 and %2</source>
        <translation>Gemeinsam: %1 und %2</translation>
    </message>
</context>
<context>
    <name>Cairn::Core::CourseBrowser</name>
    <message>
        <source>counting the courses</source>
        <translation>beim Zählen der Kurse</translation>
    </message>
    <message>
        <source>reading the courses</source>
        <translation>beim Lesen der Kurse</translation>
    </message>
    <message>
        <source>finding course %1</source>
        <translation>beim Suchen des Kurses %1</translation>
    </message>
</context>
<context>
    <name>Cairn::Core::Database</name>
    <message>
        <source>%1: cannot create the folder %2</source>
        <translation>%1: der Ordner %2 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>%1: cannot create the database: %2</source>
        <translation>%1: die Datenbank kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>%1: cannot restrict the database to its owner</source>
        <translation>%1: die Datenbank kann nicht auf ihren Eigentümer beschränkt werden</translation>
    </message>
    <message>
        <source>%1: cannot open the database: %2</source>
        <translation>%1: die Datenbank kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1: die Datei kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a Cairn database (it is not an SQLite file). Nothing was changed; open another database or start a new one.</source>
        <translation>%1 ist keine Cairn-Datenbank (keine SQLite-Datei). Nichts wurde verändert; öffnen Sie eine andere Datenbank oder beginnen Sie eine neue.</translation>
    </message>
    <message>
        <source>%1 is another program&apos;s SQLite database, not Cairn&apos;s. Nothing was changed; open another database or start a new one.</source>
        <translation>%1 ist die SQLite-Datenbank eines anderen Programms, nicht die von Cairn. Nichts wurde verändert; öffnen Sie eine andere Datenbank oder beginnen Sie eine neue.</translation>
    </message>
    <message>
        <source>%1 is damaged (%2). Nothing was changed; restore a backup or start a new database.</source>
        <translation>%1 ist beschädigt (%2). Nichts wurde verändert; stellen Sie eine Sicherung wieder her oder beginnen Sie eine neue Datenbank.</translation>
    </message>
    <message>
        <source>%1: cannot set up the connection: %2</source>
        <translation>%1: die Verbindung kann nicht eingerichtet werden: %2</translation>
    </message>
    <message>
        <source>%1: not upgraded, because %2</source>
        <translation>%1: nicht aktualisiert, weil %2</translation>
    </message>
    <message>
        <source>%1 is read-only here and was made by another version of Cairn (schema %2); it can only be opened where it can be upgraded.</source>
        <translation>%1 ist hier schreibgeschützt und stammt von einer anderen Cairn-Version (Schema %2); sie lässt sich nur dort öffnen, wo sie aktualisiert werden kann.</translation>
    </message>
    <message>
        <source>cannot reach a study centre&apos;s server: Qt&apos;s PostgreSQL driver is not installed (Debian package libqt6sql6-psql)</source>
        <translation>der Server eines Lernzentrums ist nicht erreichbar: Qts PostgreSQL-Treiber ist nicht installiert (Debian-Paket libqt6sql6-psql)</translation>
    </message>
    <message>
        <source>cannot reach the study centre&apos;s server (%1): %2</source>
        <translation>der Server des Lernzentrums ist nicht erreichbar (%1): %2</translation>
    </message>
    <message>
        <source>%1: cannot read Cairn&apos;s schema version</source>
        <translation>%1: Cairns Schemaversion lässt sich nicht lesen</translation>
    </message>
    <message>
        <source>%1 holds no Cairn catalogue yet; the study centre creates it with &apos;cairn-cli server init&apos;</source>
        <translation>%1 enthält noch keinen Cairn-Katalog; das Lernzentrum legt ihn mit &apos;cairn-cli server init&apos; an</translation>
    </message>
    <message>
        <source>%1 holds Cairn&apos;s schema %2, older than this Cairn&apos;s %3; the study centre upgrades it with &apos;cairn-cli server migrate&apos;</source>
        <translation>%1 enthält Cairns Schema %2, älter als %3 dieses Cairn; das Lernzentrum hebt es mit &apos;cairn-cli server migrate&apos; an</translation>
    </message>
    <message>
        <source>%1 was set up by a newer Cairn (schema %2); this Cairn understands up to schema %3</source>
        <translation>%1 wurde von einem neueren Cairn eingerichtet (Schema %2); dieses Cairn versteht bis Schema %3</translation>
    </message>
</context>
<context>
    <name>Cairn::Core::DeferredForeignKeys</name>
    <message>
        <source>checking the references of a large import</source>
        <translation>beim Prüfen der Verweise eines großen Imports</translation>
    </message>
    <message>
        <source>row %1 of %2 refers to a row of %3 that does not exist</source>
        <translation>Zeile %1 von %2 verweist auf eine Zeile von %3, die es nicht gibt</translation>
    </message>
</context>
<context>
    <name>Cairn::Core::DeferredIndexes</name>
    <message>
        <source>setting the indexes aside for a large import</source>
        <translation>beim Zurückstellen der Indizes für einen großen Import</translation>
    </message>
    <message>
        <source>building the indexes after a large import</source>
        <translation>beim Aufbauen der Indizes nach einem großen Import</translation>
    </message>
</context>
<context>
    <name>Cairn::Core::Explanation</name>
    <message>
        <source>%1 or %2</source>
        <extracomment>joins the last item of a list: &quot;A, B or C&quot;</extracomment>
        <translation>%1 oder %2</translation>
    </message>
    <message>
        <source>the courses %1</source>
        <translation>den Kursen %1</translation>
    </message>
    <message>
        <source>courses with codes like %1</source>
        <translation>Kurse mit Codes wie %1</translation>
    </message>
    <message>
        <source>courses teaching %1</source>
        <translation>Kurse zu %1</translation>
    </message>
    <message>
        <source>at level %1</source>
        <translation>auf Stufe %1</translation>
    </message>
    <message>
        <source>at levels %1 to %2</source>
        <translation>auf den Stufen %1 bis %2</translation>
    </message>
    <message>
        <source>at level %1 or above</source>
        <translation>ab Stufe %1</translation>
    </message>
    <message>
        <source>at level %1 or below</source>
        <translation>bis Stufe %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <source>any eligible course</source>
        <translation>jedem zulässigen Kurs</translation>
    </message>
    <message>
        <source>Take %1 %2 (%3 credits)</source>
        <translation>%1 %2 belegen (%3 Credits)</translation>
    </message>
    <message>
        <source>%1 more credits from %2</source>
        <translation>noch %1 Credits aus %2</translation>
    </message>
    <message>
        <source>Complete %1 of the %2 parts below (%3 credits)</source>
        <translation>%1 der %2 folgenden Teile abschließen (%3 Credits)</translation>
    </message>
    <message>
        <source>Complete %1 more of the %2 options below (%3 credits)</source>
        <translation>noch %1 der %2 folgenden Optionen abschließen (%3 Credits)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1 credits from %2</source>
        <translation>%1 Credits aus %2</translation>
    </message>
    <message>
        <source> and </source>
        <extracomment>joins prerequisites that are all needed: &quot;A and B&quot;</extracomment>
        <translation> und </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 aus %2</translation>
    </message>
    <message>
        <source> or </source>
        <extracomment>joins alternative prerequisites: &quot;A or B&quot;</extracomment>
        <translation> oder </translation>
    </message>
    <message>
        <source>the required course %1</source>
        <translation>den Pflichtkurs %1</translation>
    </message>
</context>
<context>
    <name>Cairn::Core::FinishPlanner</name>
    <message>
        <source>a required course</source>
        <translation>ein Pflichtkurs</translation>
    </message>
    <message>
        <source>one of “%1”</source>
        <translation>eine von „%1“</translation>
    </message>
    <message>
        <source>counts toward “%1”</source>
        <translation>zählt für „%1“</translation>
    </message>
    <message>
        <source>counts toward %1 credits from %2</source>
        <translation>zählt für %1 Credits aus %2</translation>
    </message>
    <message>
        <source>a prerequisite of %1</source>
        <translation>eine Voraussetzung für %1</translation>
    </message>
    <message>
        <source>adds %1 credits toward the %2 required</source>
        <translation>bringt %1 Credits von %2 erforderlichen</translation>
    </message>
    <message>
        <source>the catalogue has no set of courses that completes %1 for this learner</source>
        <translation>der Katalog hat keine Kursauswahl, mit der diese Person %1 abschließt</translation>
    </message>
</context>
<context>
    <name>Cairn::Core::ICalendarExport</name>
    <message>
        <source>%1: %2 hours of study a week for %3 weeks, %4 to %5.</source>
        <translation>%1: %2 Lernstunden pro Woche über %3 Wochen, %4 bis %5.</translation>
    </message>
</context>
<context>
    <name>Cairn::Core::Importer</name>
    <message>
        <source>expected &quot;%1&quot; or &quot;%2&quot;</source>
        <translation>erwartet wird „%1“ oder „%2“</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>Der Import wurde abgebrochen; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>%1 is read-only here (the file or its folder cannot be written).</source>
        <translation>%1 ist hier schreibgeschützt (die Datei oder ihr Ordner kann nicht geschrieben werden).</translation>
    </message>
    <message>
        <source>expected &quot;%1&quot;</source>
        <translation>erwartet „%1“</translation>
    </message>
</context>
<context>
    <name>Cairn::Core::JsonDocument</name>
    <message>
        <source>not valid JSON at line %1, column %2: %3</source>
        <translation>kein gültiges JSON in Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>expected a JSON object at the top level</source>
        <translation>erwartet wird ein JSON-Objekt auf oberster Ebene</translation>
    </message>
    <message>
        <source>expected &quot;%1&quot;</source>
        <translation>erwartet wird „%1“</translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation>erwartet wird eine ganze Zahl</translation>
    </message>
    <message>
        <source>version %1 is not supported; this Cairn reads version %2</source>
        <translation>Version %1 wird nicht unterstützt; dieses Cairn liest Version %2</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>die Datei kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>not JSON that Cairn can read: %1</source>
        <translation>kein JSON, das Cairn lesen kann: %1</translation>
    </message>
    <message>
        <source>a \u escape of half a character</source>
        <translation>eine \u-Escape-Folge für ein halbes Zeichen</translation>
    </message>
    <message>
        <source>a whole number too large to read</source>
        <translation>eine ganze Zahl, die zu groß zum Lesen ist</translation>
    </message>
    <message>
        <source>a part of it cannot be read</source>
        <translation>ein Teil davon kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>an escape that JSON does not have</source>
        <translation>eine Escape-Folge, die es in JSON nicht gibt</translation>
    </message>
</context>
<context>
    <name>Cairn::Core::JsonFieldReader</name>
    <message>
        <source>is required</source>
        <translation>ist erforderlich</translation>
    </message>
    <message>
        <source>expected a non-empty string</source>
        <translation>erwartet wird ein nicht leerer Text</translation>
    </message>
    <message>
        <source>expected a positive number</source>
        <translation>erwartet wird eine positive Zahl</translation>
    </message>
    <message>
        <source>expected a number of at least 0</source>
        <translation>erwartet wird eine Zahl von mindestens 0</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>erwartet wird eine Zahl</translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation>erwartet wird eine ganze Zahl</translation>
    </message>
    <message>
        <source>expected a whole number of at least %1</source>
        <translation>erwartet wird eine ganze Zahl von mindestens %1</translation>
    </message>
    <message>
        <source>expected a date YYYY-MM-DD</source>
        <translation>erwartet wird ein Datum JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation>erwartet wird ein Array</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>erwartet wird ein Objekt</translation>
    </message>
    <message>
        <source>expected at most %1</source>
        <translation>erwartet höchstens %1</translation>
    </message>
    <message>
        <source>expected a whole number of at most %1</source>
        <translation>erwartet eine ganze Zahl von höchstens %1</translation>
    </message>
    <message>
        <source>expected a currency code of three capital letters, such as NZD</source>
        <translation>erwartet einen Währungscode aus drei Großbuchstaben, etwa NZD</translation>
    </message>
    <message>
        <source>expected an amount with at most four decimal places</source>
        <translation>erwartet einen Betrag mit höchstens vier Nachkommastellen</translation>
    </message>
</context>
<context>
    <name>Cairn::Core::LearnerFile</name>
    <message>
        <source>expected a code of letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>erwartet wird ein Code aus Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; oder &apos;-&apos;</translation>
    </message>
    <message>
        <source>expected one of %1</source>
        <translation>erwartet wird einer von %1</translation>
    </message>
    <message>
        <source>expected at most 168 hours</source>
        <translation>erwartet werden höchstens 168 Stunden</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already has a record; a course appears in at most one</source>
        <translation>„%1“ hat bereits einen Nachweis; ein Kurs kommt in höchstens einem vor</translation>
    </message>
    <message>
        <source>no qualification &quot;%1&quot; in the catalogue</source>
        <translation>die Qualifikation „%1“ gibt es im Katalog nicht</translation>
    </message>
    <message>
        <source>no framework &quot;%1&quot; in the catalogue</source>
        <translation>das Rahmenwerk „%1“ gibt es im Katalog nicht</translation>
    </message>
    <message>
        <source>course &quot;%1&quot; is not in the catalogue, so the record needs %2</source>
        <translation>der Kurs „%1“ ist nicht im Katalog, daher braucht der Nachweis %2</translation>
    </message>
    <message>
        <source>expected exactly one of &quot;waive&quot;, &quot;substitute&quot;, &quot;exclude&quot;</source>
        <translation>erwartet wird genau eines von &quot;waive&quot;, &quot;substitute&quot;, &quot;exclude&quot;</translation>
    </message>
    <message>
        <source>no requirement &quot;%1&quot; in %2</source>
        <translation>die Anforderung „%1“ gibt es in %2 nicht</translation>
    </message>
    <message>
        <source>expected a course or credits requirement to substitute toward</source>
        <translation>erwartet wird eine Kurs- oder Credit-Anforderung als Ziel der Anrechnung</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no record in this learner file</source>
        <translation>„%1“ hat keinen Nachweis in dieser Lernendendatei</translation>
    </message>
    <message>
        <source>expected a date on or after &quot;from&quot;</source>
        <translation>erwartet wird ein Datum am oder nach &quot;from&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed more than once</source>
        <translation>„%1“ ist mehrfach aufgeführt</translation>
    </message>
    <message>
        <source>expected another currency than &quot;from&quot;</source>
        <translation>erwartet eine andere Währung als &quot;from&quot;</translation>
    </message>
    <message>
        <source>expected at least 0.000001</source>
        <translation>erwartet mindestens 0,000001</translation>
    </message>
    <message>
        <source>the same rate and day as exchangeRates[%1]</source>
        <translation>derselbe Kurs und Tag wie exchangeRates[%1]</translation>
    </message>
</context>
<context>
    <name>Cairn::Core::LearnerRepository</name>
    <message>
        <source>saving learner %1</source>
        <translation>beim Speichern von %1</translation>
    </message>
    <message>
        <source>learner %1 vanished while it was being saved</source>
        <translation>%1 ist beim Speichern verschwunden</translation>
    </message>
    <message>
        <source>saving the record of %1</source>
        <translation>beim Speichern des Nachweises für %1</translation>
    </message>
    <message>
        <source>reading learner %1</source>
        <translation>beim Lesen des Profils %1</translation>
    </message>
    <message>
        <source>there is no learner %1</source>
        <translation>das Profil %1 gibt es nicht</translation>
    </message>
    <message>
        <source>the stored record of %1 has an unknown status &quot;%2&quot;</source>
        <translation>der gespeicherte Nachweis für %1 hat einen unbekannten Status „%2“</translation>
    </message>
    <message>
        <source>there is no learner named &quot;%1&quot;</source>
        <translation>es gibt kein Profil namens „%1“</translation>
    </message>
    <message>
        <source>removing learner %1</source>
        <translation>beim Entfernen des Profils %1</translation>
    </message>
    <message>
        <source>saving the advisor overrides</source>
        <translation>beim Speichern der Entscheidungen der Beratung</translation>
    </message>
    <message>
        <source>reading the advisor overrides</source>
        <translation>beim Lesen der Entscheidungen der Beratung</translation>
    </message>
    <message>
        <source>saving the availability periods</source>
        <translation>beim Speichern der Verfügbarkeitszeiträume</translation>
    </message>
    <message>
        <source>reading the availability periods</source>
        <translation>beim Lesen der Verfügbarkeitszeiträume</translation>
    </message>
    <message>
        <source>there is already a learner named &quot;%1&quot;</source>
        <translation>es gibt bereits ein Profil namens „%1“</translation>
    </message>
    <message>
        <source>saving the exchange rates</source>
        <translation>beim Speichern der Wechselkurse</translation>
    </message>
    <message>
        <source>reading the exchange rates</source>
        <translation>beim Lesen der Wechselkurse</translation>
    </message>
    <message>
        <source>the profile %1 was changed at another desk or in another window after it was read here; this change was not saved</source>
        <translation>das Profil %1 wurde an einem anderen Arbeitsplatz oder in einem anderen Fenster geändert, nachdem es hier gelesen wurde; diese Änderung wurde nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>Cairn::Core::Migrations</name>
    <message>
        <source>upgrading the schema to version %1</source>
        <translation>beim Aktualisieren des Schemas auf Version %1</translation>
    </message>
    <message>
        <source>cannot read the schema version; is this a Cairn database?</source>
        <translation>die Schemaversion kann nicht gelesen werden; ist das eine Cairn-Datenbank?</translation>
    </message>
    <message>
        <source>the database was written by a newer Cairn (schema %1); this Cairn understands up to schema %2</source>
        <translation>die Datenbank wurde von einem neueren Cairn geschrieben (Schema %1); dieses Cairn versteht bis Schema %2</translation>
    </message>
    <message>
        <source>recording the schema version</source>
        <translation>beim Speichern der Schemaversion</translation>
    </message>
</context>
<context>
    <name>Cairn::Core::PagedText</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Could not lay out the pages of %1.</source>
        <translation>Die Seiten von %1 ließen sich nicht setzen.</translation>
    </message>
</context>
<context>
    <name>Cairn::Core::PlanReport</name>
    <message>
        <source>Study plan for %1 from %2 at up to %3 hours a week</source>
        <translation>Lernplan für %1 ab %2 mit bis zu %3 Stunden pro Woche</translation>
    </message>
    <message>
        <source>No schedule is possible:</source>
        <translation>Kein Zeitplan ist möglich:</translation>
    </message>
    <message>
        <source>Nothing to schedule: no enrolled or planned courses.</source>
        <translation>Nichts zu planen: keine eingeschriebenen oder geplanten Kurse.</translation>
    </message>
    <message>
        <source>Finished by %1, the earliest possible (no schedule can finish before %2).</source>
        <translation>Fertig bis %1, so früh wie möglich (kein Zeitplan endet vor dem %2).</translation>
    </message>
    <message>
        <source>Finished by %1 (no schedule can finish before %2).</source>
        <translation>Fertig bis %1 (kein Zeitplan endet vor dem %2).</translation>
    </message>
    <message>
        <source>Course      Start       Finish      Hours/week  Cost        Title</source>
        <translation>Kurs        Beginn      Ende        Std./Woche  Kosten      Titel</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source> (enrolled)</source>
        <translation> (eingeschrieben)</translation>
    </message>
    <message>
        <source>Weeks                      Hours  Courses</source>
        <translation>Wochen                     Std.   Kurse</translation>
    </message>
    <message>
        <source>(no study)</source>
        <translation>(kein Lernen)</translation>
    </message>
    <message>
        <source>Cost in %1: %2</source>
        <translation>Kosten %1: %2</translation>
    </message>
    <message>
        <source>Yearly budget: %1 %2 for the courses priced in %1</source>
        <translation>Jahresbudget: %1 %2 für die Kurse mit Preisen in %1</translation>
    </message>
    <message>
        <source>Fastest way to finish %1 (%2)%3:</source>
        <translation>Schnellster Weg zum Abschluss von %1 (%2)%3:</translation>
    </message>
    <message>
        <source>, by a heuristic</source>
        <translation>, nach einer Heuristik</translation>
    </message>
    <message>
        <source>Cheapest way to finish %1 (%2)%3:</source>
        <translation>Günstigster Weg zum Abschluss von %1 (%2)%3:</translation>
    </message>
    <message>
        <source>nothing to add: the courses already planned complete it</source>
        <translation>nichts hinzuzufügen: die schon geplanten Kurse genügen</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>Cost of the added courses: %1</source>
        <translation>Kosten der hinzugefügten Kurse: %1</translation>
    </message>
    <message>
        <source> (and %1 without a price)</source>
        <translation> (und %1 ohne Preis)</translation>
    </message>
    <message>
        <source>Prices compared in %1.</source>
        <translation>Preise verglichen in %1.</translation>
    </message>
    <message>
        <source>, %1 %2 in all at the rates below</source>
        <translation>, insgesamt %1 %2 zu den unten genannten Kursen</translation>
    </message>
    <message>
        <source>Prices compared in %1; %2 of the added courses have a price in another currency without an exchange rate to %1 in the profile, and could not be compared.</source>
        <translation>Preise in %1 verglichen; %2 der hinzugefügten Kurse haben einen Preis in einer anderen Währung ohne Wechselkurs zu %1 im Profil und konnten nicht verglichen werden.</translation>
    </message>
    <message>
        <source>Exchange rate used: 1 %1 = %2 %3 (the learner&apos;s rate of %4%5).</source>
        <translation>Verwendeter Wechselkurs: 1 %1 = %2 %3 (Kurs der lernenden Person vom %4%5).</translation>
    </message>
    <message>
        <source>, used the other way round</source>
        <translation>, in umgekehrter Richtung verwendet</translation>
    </message>
</context>
<context>
    <name>Cairn::Core::Problems</name>
    <message>
        <source>(further problems not shown: %1)</source>
        <translation>(weitere Probleme nicht angezeigt: %1)</translation>
    </message>
</context>
<context>
    <name>Cairn::Core::ProfileChanges</name>
    <message>
        <source>%1 added</source>
        <translation>%1 hinzugefügt</translation>
    </message>
    <message>
        <source>the record of %1</source>
        <translation>der Eintrag zu %1</translation>
    </message>
    <message>
        <source>%1 removed</source>
        <translation>%1 entfernt</translation>
    </message>
    <message>
        <source>the order of the records</source>
        <translation>die Reihenfolge der Einträge</translation>
    </message>
    <message>
        <source>the name</source>
        <translation>der Name</translation>
    </message>
    <message>
        <source>weekly hours</source>
        <translation>Wochenstunden</translation>
    </message>
    <message>
        <source>goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>yearly budget</source>
        <translation>Jahresbudget</translation>
    </message>
    <message>
        <source>advisor decisions</source>
        <translation>Entscheidungen der Beratung</translation>
    </message>
    <message>
        <source>availability</source>
        <translation>Verfügbarkeit</translation>
    </message>
    <message>
        <source>exchange rates</source>
        <translation>Wechselkurse</translation>
    </message>
</context>
<context>
    <name>Cairn::Core::ProgressReport</name>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Recognised</source>
        <translation>Anerkannt</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Eingeschrieben</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Nicht bestanden</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Waived: %1</source>
        <translation>Erlassen: %1</translation>
    </message>
    <message>
        <source>%1 %2 (%3 credits)</source>
        <translation>%1 %2 (%3 Credits)</translation>
    </message>
    <message>
        <source>Complete with the courses planned: %1 credits counted of %2 required.</source>
        <translation>Mit den geplanten Kursen abgeschlossen: %1 Credits gezählt von %2 nötigen.</translation>
    </message>
    <message>
        <source>%1 of %2 credits earned, %3 more with the courses enrolled and planned; %4 credits still missing.</source>
        <translation>%1 von %2 Credits erworben, %3 weitere mit den eingeschriebenen und geplanten Kursen; es fehlen noch %4 Credits.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Anforderung</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Credits</translation>
    </message>
    <message>
        <source>Courses counted</source>
        <translation>Gezählte Kurse</translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation>Was fehlt</translation>
    </message>
    <message>
        <source>The allocation shown is the best found in time; a better one would need at most %1 credits fewer.</source>
        <translation>Die gezeigte Zuordnung ist die beste rechtzeitig gefundene; eine bessere bräuchte höchstens %1 Credits weniger.</translation>
    </message>
    <message>
        <source>%1 (stopped counting on %2)</source>
        <translation>%1 (zählt seit %2 nicht mehr)</translation>
    </message>
    <message>
        <source>No longer current: %1.</source>
        <translation>Nicht mehr aktuell: %1.</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Lernende Person</translation>
    </message>
    <message>
        <source>Study hours a week</source>
        <translation>Lernstunden pro Woche</translation>
    </message>
    <message>
        <source>Budget a year</source>
        <translation>Budget pro Jahr</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>none chosen</source>
        <translation>keine gewählt</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Angabe</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Kurse</translation>
    </message>
    <message>
        <source>No courses recorded yet.</source>
        <translation>Noch keine Kurse erfasst.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>No course is enrolled or planned.</source>
        <translation>Kein Kurs ist eingeschrieben oder geplant.</translation>
    </message>
    <message>
        <source>The courses enrolled and planned, within %1 hours a week, finish on %2.</source>
        <translation>Die eingeschriebenen und geplanten Kurse enden mit %1 Stunden pro Woche am %2.</translation>
    </message>
    <message>
        <source>The courses enrolled and planned, within %1 hours a week.</source>
        <translation>Die eingeschriebenen und geplanten Kurse mit %1 Stunden pro Woche.</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Finishes</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Hours a week</source>
        <translation>Stunden pro Woche</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Cannot be scheduled: %1</source>
        <translation>Nicht planbar: %1</translation>
    </message>
    <message>
        <source>Week by week</source>
        <translation>Woche für Woche</translation>
    </message>
    <message>
        <source>Week of</source>
        <translation>Woche ab</translation>
    </message>
    <message>
        <source>Hours (of those available)</source>
        <translation>Stunden (von verfügbaren)</translation>
    </message>
    <message>
        <source>Costs per year</source>
        <translation>Kosten pro Jahr</translation>
    </message>
    <message>
        <source>The plan has no priced course.</source>
        <translation>Der Plan hat keinen Kurs mit Preis.</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Progress report: %1</source>
        <translation>Fortschrittsbericht: %1</translation>
    </message>
    <message>
        <source>Cairn · Progress report · %1</source>
        <translation>Cairn · Fortschrittsbericht · %1</translation>
    </message>
    <message>
        <source>Made on %1</source>
        <translation>Erstellt am %1</translation>
    </message>
    <message>
        <source>Made with Cairn on %1. Credits count what is completed or recognised, then what is enrolled and planned.</source>
        <translation>Mit Cairn erstellt am %1. Credits zählen, was abgeschlossen oder anerkannt ist, dann was eingeschrieben und geplant ist.</translation>
    </message>
    <message>
        <source>No goal is chosen: choose the qualifications you aim at to see what is missing.</source>
        <translation>Kein Ziel gewählt: Wählen Sie die angestrebten Qualifikationen, um zu sehen, was fehlt.</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
</context>
<context>
    <name>Cairn::Core::RecordEdits</name>
    <message>
        <source>%1 is already earned.</source>
        <translation>%1 ist bereits erworben.</translation>
    </message>
    <message>
        <source>%1 is already in the plan: you are enrolled.</source>
        <translation>%1 ist bereits im Plan: Sie sind eingeschrieben.</translation>
    </message>
    <message>
        <source>%1 is already in the plan.</source>
        <translation>%1 ist bereits im Plan.</translation>
    </message>
    <message>
        <source>%1 has no record.</source>
        <translation>%1 hat keinen Nachweis.</translation>
    </message>
</context>
<context>
    <name>Cairn::Core::ReportText</name>
    <message>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <source>on campus</source>
        <translation>vor Ort</translation>
    </message>
    <message>
        <source>at work</source>
        <translation>am Arbeitsplatz</translation>
    </message>
</context>
<context>
    <name>Cairn::Core::RulesJson</name>
    <message>
        <source>min (%1) is greater than max (%2)</source>
        <translation>min (%1) ist größer als max (%2)</translation>
    </message>
    <message>
        <source>expected exactly one of &quot;course&quot;, &quot;allOf&quot;, &quot;anyOf&quot;</source>
        <translation>erwartet wird genau eines von &quot;course&quot;, &quot;allOf&quot;, &quot;anyOf&quot;</translation>
    </message>
    <message>
        <source>expected exactly one of &quot;course&quot;, &quot;allOf&quot;, &quot;anyOf&quot;, &quot;credits&quot;</source>
        <translation>erwartet wird genau eines von &quot;course&quot;, &quot;allOf&quot;, &quot;anyOf&quot;, &quot;credits&quot;</translation>
    </message>
    <message>
        <source>expected at least one requirement</source>
        <translation>erwartet wird mindestens eine Anforderung</translation>
    </message>
    <message>
        <source>expected at most %1, the number of alternatives</source>
        <translation>erwartet werden höchstens %1, die Zahl der Alternativen</translation>
    </message>
    <message>
        <source>expected exactly one of &quot;minCredits&quot;, &quot;maxCredits&quot;</source>
        <translation>erwartet wird genau eines von &quot;minCredits&quot;, &quot;maxCredits&quot;</translation>
    </message>
</context>
<context>
    <name>Cairn::Core::SaveFile</name>
    <message>
        <source>%1: cannot write the file: %2</source>
        <translation>%1: die Datei kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Cairn::Core::Scheduler</name>
    <message>
        <source>%1 is enrolled to start on %2, but its prerequisites cannot be finished before that week; change the enrolment or the order of study</source>
        <translation>%1 soll laut Einschreibung am %2 beginnen, aber die Voraussetzungen können vor dieser Woche nicht abgeschlossen sein; ändern Sie die Einschreibung oder die Reihenfolge</translation>
    </message>
    <message>
        <source>%1 needs %2 hours a week (%3 hours over %4 weeks), more than the %5 hours a week available; allow at least %2 hours a week</source>
        <translation>%1 braucht %2 Stunden pro Woche (%3 Stunden über %4 Wochen), mehr als die verfügbaren %5 Stunden pro Woche; planen Sie mindestens %2 Stunden pro Woche ein</translation>
    </message>
    <message>
        <source>%1 costs %2 %3, more than the yearly budget of %2 %4; raise the budget or choose a cheaper course</source>
        <translation>%1 kostet %2 %3, mehr als das Jahresbudget von %2 %4; erhöhen Sie das Budget oder wählen Sie einen günstigeren Kurs</translation>
    </message>
    <message>
        <source>%1 needs %2, which is neither earned nor in the plan; add it to the plan or record it as earned</source>
        <translation>%1 braucht %2, das weder erworben noch im Plan ist; nehmen Sie es in den Plan auf oder tragen Sie es als erworben ein</translation>
    </message>
    <message>
        <source>%1 has no intake on or after %2 (its last intake is %3); choose another course or an earlier start</source>
        <translation>%1 hat keinen Starttermin am oder nach dem %2 (der letzte ist am %3); wählen Sie einen anderen Kurs oder einen früheren Beginn</translation>
    </message>
    <message>
        <source>%1 is enrolled to start on %2, but with the other enrolments and the availability of those weeks it needs more hours than there are</source>
        <translation>%1 soll laut Einschreibung am %2 beginnen, braucht aber mit den anderen Einschreibungen und der Verfügbarkeit dieser Wochen mehr Stunden als vorhanden</translation>
    </message>
    <message>
        <source>%1 is enrolled to start on %2, but with the other enrolments of %3 it goes over the yearly budget</source>
        <translation>%1 soll laut Einschreibung am %2 beginnen, überschreitet aber mit den anderen Einschreibungen von %3 das Jahresbudget</translation>
    </message>
    <message>
        <source>%1 does not fit within ten years of %2 at %3 hours a week and the yearly budget; allow more hours a week or money, or plan fewer courses</source>
        <translation>%1 passt mit %3 Stunden pro Woche und dem Jahresbudget nicht in zehn Jahre ab %2; planen Sie mehr Stunden oder Geld ein oder weniger Kurse</translation>
    </message>
    <message>
        <source>%1 has no intake left once its prerequisites finish (from %2) that fits within %3 hours a week and the yearly budget alongside the rest of the plan (its intakes: %4); allow more hours a week, start earlier, or drop a course</source>
        <translation>%1 hat nach Abschluss der Voraussetzungen (ab %2) keinen Starttermin mehr, der mit %3 Stunden pro Woche und dem Jahresbudget neben dem übrigen Plan passt (Starttermine: %4); planen Sie mehr Stunden ein, beginnen Sie früher oder streichen Sie einen Kurs</translation>
    </message>
    <message>
        <source>the prerequisites form a cycle: %1; remove one of these courses from the plan or record one as earned</source>
        <translation>die Voraussetzungen bilden einen Kreis: %1; nehmen Sie einen dieser Kurse aus dem Plan oder tragen Sie einen als erworben ein</translation>
    </message>
    <message>
        <source>some courses could not be scheduled</source>
        <translation>einige Kurse konnten nicht eingeplant werden</translation>
    </message>
</context>
<context>
    <name>Cairn::Core::SearchIndex</name>
    <message>
        <source>updating the search index</source>
        <translation>beim Aktualisieren des Suchindex</translation>
    </message>
</context>
<context>
    <name>Cairn::Core::ServerSchema</name>
    <message>
        <source>the database already holds Cairn&apos;s schema (version %1); nothing was changed</source>
        <translation>die Datenbank enthält Cairns Schema bereits (Version %1); nichts wurde geändert</translation>
    </message>
    <message>
        <source>cannot read the schema version; nothing was changed</source>
        <translation>die Schemaversion lässt sich nicht lesen; nichts wurde geändert</translation>
    </message>
    <message>
        <source>creating the schema (version %1)</source>
        <translation>beim Anlegen des Schemas (Version %1)</translation>
    </message>
    <message>
        <source>the database holds no Cairn schema yet; create it with &apos;cairn-cli server init&apos;</source>
        <translation>die Datenbank enthält noch kein Cairn-Schema; mit &apos;cairn-cli server init&apos; anlegen</translation>
    </message>
    <message>
        <source>the server&apos;s schema was written by a newer Cairn (schema %1); this Cairn understands up to schema %2</source>
        <translation>das Schema des Servers stammt von einem neueren Cairn (Schema %1); dieses Cairn versteht bis Schema %2</translation>
    </message>
    <message>
        <source>the server&apos;s schema %1 is older than any Cairn schema on a server (%2); nothing was changed</source>
        <translation>das Schema %1 des Servers ist älter als jedes Cairn-Schema auf einem Server (%2); nichts wurde geändert</translation>
    </message>
</context>
<context>
    <name>Cairn::Core::Sql</name>
    <message>
        <source>database error while %1: %2</source>
        <translation>Datenbankfehler %1: %2</translation>
    </message>
    <message>
        <source>the connection is not to a SQLite file</source>
        <translation>die Verbindung führt nicht zu einer SQLite-Datei</translation>
    </message>
</context>
<context>
    <name>Cairn::Core::SqliteError</name>
    <message>
        <source>another program is using the database and kept it locked; close that program (or another Cairn) and try again</source>
        <translation>ein anderes Programm verwendet die Datenbank und hält sie gesperrt; schließen Sie dieses Programm (oder ein anderes Cairn) und versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>the database cannot be written here (the file or its folder is read-only)</source>
        <translation>die Datenbank kann hier nicht geschrieben werden (die Datei oder ihr Ordner ist schreibgeschützt)</translation>
    </message>
    <message>
        <source>the database file is damaged</source>
        <translation>die Datenbankdatei ist beschädigt</translation>
    </message>
    <message>
        <source>the disk is full; free some space and try again</source>
        <translation>der Datenträger ist voll; schaffen Sie Platz und versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>the file is not a Cairn database</source>
        <translation>die Datei ist keine Cairn-Datenbank</translation>
    </message>
    <message>
        <source>the file cannot be opened (check that it and its folder exist and can be read)</source>
        <translation>die Datei kann nicht geöffnet werden (prüfen Sie, ob sie und ihr Ordner existieren und lesbar sind)</translation>
    </message>
    <message>
        <source>the disk could not be read or written</source>
        <translation>der Datenträger konnte nicht gelesen oder beschrieben werden</translation>
    </message>
    <message>
        <source>another desk was changing the same data at the same moment; try again</source>
        <translation>ein anderer Arbeitsplatz hat im selben Moment dieselben Daten geändert; bitte erneut versuchen</translation>
    </message>
    <message>
        <source>the server&apos;s disk is full; tell the study centre</source>
        <translation>der Datenträger des Servers ist voll; bitte dem Lernzentrum Bescheid geben</translation>
    </message>
</context>
<context>
    <name>Cairn::Core::Transaction</name>
    <message>
        <source>cannot start a transaction: %1</source>
        <translation>eine Transaktion kann nicht begonnen werden: %1</translation>
    </message>
    <message>
        <source>cannot commit the transaction: %1</source>
        <translation>die Transaktion kann nicht abgeschlossen werden: %1</translation>
    </message>
</context>
<context>
    <name>Cairn::Ui::AdvisorDecisions</name>
    <message>
        <source>Edit Waiver…</source>
        <translation>Erlass bearbeiten …</translation>
    </message>
    <message>
        <source>Remove Waiver</source>
        <translation>Erlass entfernen</translation>
    </message>
    <message>
        <source>&amp;Waive This Requirement…</source>
        <translation>Diese Anforderung &amp;erlassen …</translation>
    </message>
    <message>
        <source>&amp;Count Another Course Toward This…</source>
        <translation>Einen anderen Kurs dafür &amp;anrechnen …</translation>
    </message>
    <message>
        <source>&amp;Exclude a Course</source>
        <translation>Einen Kurs &amp;ausschließen</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1 …</translation>
    </message>
    <message>
        <source>&amp;Edit Decision…</source>
        <translation>Entscheidung &amp;bearbeiten …</translation>
    </message>
    <message>
        <source>&amp;Remove Decision</source>
        <translation>Entscheidung &amp;entfernen</translation>
    </message>
    <message>
        <source>This profile holds no other course that could count toward it.</source>
        <translation>Dieses Profil enthält keinen anderen Kurs, der dafür zählen könnte.</translation>
    </message>
</context>
<context>
    <name>Cairn::Ui::AuditPanel</name>
    <message>
        <source>Waived: %1</source>
        <translation>Erlassen: %1</translation>
    </message>
    <message>
        <source>%1 counts toward %2</source>
        <translation>%1 zählt für %2</translation>
    </message>
    <message>
        <source>%1 does not count</source>
        <translation>%1 zählt nicht</translation>
    </message>
    <message>
        <source>Make This a &amp;Goal</source>
        <translation>Als &amp;Ziel setzen</translation>
    </message>
    <message>
        <source>Suggested course</source>
        <translation>Vorgeschlagener Kurs</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Credits</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Suggested courses</source>
        <translation>Vorgeschlagene Kurse</translation>
    </message>
    <message>
        <source>Rule or decision</source>
        <translation>Regel oder Entscheidung</translation>
    </message>
    <message>
        <source>Rules and decisions</source>
        <translation>Regeln und Entscheidungen</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>Qualifikation</translation>
    </message>
    <message>
        <source>Earned and planned</source>
        <translation>Erworben und geplant</translation>
    </message>
    <message>
        <source>Earned only</source>
        <translation>Nur erworben</translation>
    </message>
    <message>
        <source>Courses counted</source>
        <translation>Angerechnete Kurse</translation>
    </message>
    <message>
        <source>Earned only counts completed and recognised courses; earned and planned adds what you are enrolled in or plan to take.</source>
        <translation>„Nur erworben“ zählt abgeschlossene und anerkannte Kurse; „Erworben und geplant“ nimmt hinzu, wofür Sie eingeschrieben sind oder was Sie planen.</translation>
    </message>
    <message>
        <source>As of date</source>
        <translation>Stichtag</translation>
    </message>
    <message>
        <source>The day the audit is made for: records older than a qualification&apos;s currency stop counting.</source>
        <translation>Der Tag, für den geprüft wird: Nachweise, die älter als die Gültigkeitsdauer einer Qualifikation sind, zählen nicht mehr.</translation>
    </message>
    <message>
        <source>&amp;Qualification:</source>
        <translation>&amp;Qualifikation:</translation>
    </message>
    <message>
        <source>C&amp;ount:</source>
        <translation>&amp;Zählen:</translation>
    </message>
    <message>
        <source>As &amp;of:</source>
        <translation>&amp;Stichtag:</translation>
    </message>
    <message>
        <source>Audit summary</source>
        <translation>Zusammenfassung der Prüfung</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Anforderungen</translation>
    </message>
    <message>
        <source>Courses that would close the &amp;gaps</source>
        <translation>Kurse, die die &amp;Lücken schließen würden</translation>
    </message>
    <message>
        <source>&amp;Rules, expired records and advisor decisions</source>
        <translation>&amp;Regeln, abgelaufene Nachweise und Entscheidungen der Beratung</translation>
    </message>
    <message>
        <source>%1 — %2 (goal)</source>
        <translation>%1 — %2 (Ziel)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No profile open</source>
        <translation>Kein Profil geöffnet</translation>
    </message>
    <message>
        <source>Open or create a profile to see how far you are from each qualification.</source>
        <translation>Öffnen oder erstellen Sie ein Profil, um zu sehen, wie weit Sie von jeder Qualifikation entfernt sind.</translation>
    </message>
    <message>
        <source>Reading the catalogue…</source>
        <translation>Katalog wird gelesen …</translation>
    </message>
    <message>
        <source>The audit appears as soon as the catalogue is read.</source>
        <translation>Die Prüfung erscheint, sobald der Katalog gelesen ist.</translation>
    </message>
    <message>
        <source>The catalogue could not be read</source>
        <translation>Der Katalog konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>No qualifications yet</source>
        <translation>Noch keine Qualifikationen</translation>
    </message>
    <message>
        <source>The catalogue has no qualifications. Import a catalogue bundle that defines some.</source>
        <translation>Der Katalog enthält keine Qualifikationen. Importieren Sie ein Katalogpaket, das welche festlegt.</translation>
    </message>
    <message>
        <source>One of Your Goals</source>
        <translation>Eines Ihrer Ziele</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Vollständig</translation>
    </message>
    <message>
        <source>%1% done · %2 credits still needed</source>
        <translation>%1 % erledigt · noch %2 Credits nötig</translation>
    </message>
    <message>
        <source>earned</source>
        <translation>erworben</translation>
    </message>
    <message>
        <source>enrolled or planned</source>
        <translation>eingeschrieben oder geplant</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>%1 credits counted toward the %2 required</source>
        <translation>%1 Credits angerechnet von %2 erforderlichen</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Planen</translation>
    </message>
    <message>
        <source>Plan %1</source>
        <translation>%1 planen</translation>
    </message>
    <message>
        <source>Add %1 to your plan (undo with %2)</source>
        <translation>%1 in Ihren Plan aufnehmen (rückgängig mit %2)</translation>
    </message>
    <message>
        <source>Nothing is missing.</source>
        <translation>Es fehlt nichts.</translation>
    </message>
    <message>
        <source>No catalogue course can close the gaps.</source>
        <translation>Kein Kurs im Katalog kann die Lücken schließen.</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <source>At least %1 credits</source>
        <translation>Mindestens %1 Credits</translation>
    </message>
    <message>
        <source>%1 counted, %2 still needed</source>
        <translation>%1 angerechnet, noch %2 nötig</translation>
    </message>
    <message>
        <source>met (%1 counted)</source>
        <translation>erfüllt (%1 angerechnet)</translation>
    </message>
    <message>
        <source>At most %1 credits</source>
        <translation>Höchstens %1 Credits</translation>
    </message>
    <message>
        <source>%1 over the cap do not count</source>
        <translation>%1 über der Obergrenze zählen nicht</translation>
    </message>
    <message>
        <source>within (%1 counted)</source>
        <translation>eingehalten (%1 angerechnet)</translation>
    </message>
    <message>
        <source>At most %1 credits from recognised prior learning</source>
        <translation>Höchstens %1 Credits aus anerkannten Vorleistungen</translation>
    </message>
    <message>
        <source>all current</source>
        <translation>alle gültig</translation>
    </message>
    <message>
        <source>No credit limits, caps or currency rules</source>
        <translation>Keine Credit-Grenzen, Obergrenzen oder Gültigkeitsregeln</translation>
    </message>
    <message>
        <source>Expired records</source>
        <translation>Abgelaufene Nachweise</translation>
    </message>
    <message>
        <source>%1, from %2 — stopped counting on %3</source>
        <translation>%1, vom %2 — zählt seit %3 nicht mehr</translation>
    </message>
    <message>
        <source>Advisor decisions</source>
        <translation>Entscheidungen der Beratung</translation>
    </message>
    <message>
        <source>advisor not recorded</source>
        <translation>Beratung nicht erfasst</translation>
    </message>
    <message>
        <source>%1 — “%2” (%3)</source>
        <translation>%1 — „%2“ (%3)</translation>
    </message>
    <message>
        <source>Reason: %1
Advisor: %2
Double-click to edit; right-click to remove.</source>
        <translation>Grund: %1
Beratung: %2
Doppelklick zum Bearbeiten; Rechtsklick zum Entfernen.</translation>
    </message>
    <message>
        <source>None. Right-click a requirement to waive it or count another course toward it.</source>
        <translation>Keine. Klicken Sie mit der rechten Maustaste auf eine Anforderung, um sie zu erlassen oder einen anderen Kurs dafür anzurechnen.</translation>
    </message>
    <message>
        <source>Completed courses count for 1 year</source>
        <translation>Abgeschlossene Kurse zählen 1 Jahr</translation>
    </message>
    <message>
        <source>Completed courses count for %1 years</source>
        <translation>Abgeschlossene Kurse zählen %1 Jahre</translation>
    </message>
    <message>
        <source>%1 expired</source>
        <translation>%1 abgelaufen</translation>
    </message>
    <message>
        <source>The search for the best allocation stopped at its time limit; the courses could count for at most %1 credits more.</source>
        <translation>Die Suche nach der besten Zuordnung hat ihr Zeitlimit erreicht; die Kurse könnten höchstens %1 Credits mehr zählen.</translation>
    </message>
    <message>
        <source>; its requirements ask for %1</source>
        <translation>; die Anforderungen verlangen %1</translation>
    </message>
</context>
<context>
    <name>Cairn::Ui::AuditTreeModel</name>
    <message>
        <source>All of</source>
        <translation>Alle von</translation>
    </message>
    <message>
        <source>One of</source>
        <translation>Eines von</translation>
    </message>
    <message>
        <source>%1 of</source>
        <translation>%1 von</translation>
    </message>
    <message>
        <source>Course %1</source>
        <translation>Kurs %1</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Credits</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Waived</source>
        <translation>Erlassen</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Erfüllt</translation>
    </message>
    <message>
        <source>%1 of %2 credits</source>
        <translation>%1 von %2 Credits</translation>
    </message>
    <message>
        <source>Waived: %1</source>
        <translation>Erlassen: %1</translation>
    </message>
    <message>
        <source>Waived by an advisor: %1</source>
        <translation>Von der Beratung erlassen: %1</translation>
    </message>
    <message>
        <source>Counted: %1 (%2 credits)</source>
        <translation>Angerechnet: %1 (%2 Credits)</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Anforderung</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Courses counted</source>
        <translation>Angerechnete Kurse</translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation>Was fehlt</translation>
    </message>
    <message>
        <source>Another option: the closer ones count</source>
        <translation>Eine weitere Möglichkeit: die näheren zählen</translation>
    </message>
    <message>
        <source>%1 (by decision)</source>
        <translation>%1 (per Entscheidung)</translation>
    </message>
</context>
<context>
    <name>Cairn::Ui::AuditorState</name>
    <message>
        <source>No profile open</source>
        <translation>Kein Profil geöffnet</translation>
    </message>
    <message>
        <source>Reading the catalogue…</source>
        <translation>Katalog wird gelesen …</translation>
    </message>
    <message>
        <source>The catalogue could not be read</source>
        <translation>Der Katalog konnte nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>Cairn::Ui::CatalogueListsDialog</name>
    <message>
        <source>Providers, Skills and Qualifications</source>
        <translation>Anbieter, Kompetenzen und Qualifikationen</translation>
    </message>
    <message>
        <source>&amp;Providers</source>
        <translation>&amp;Anbieter</translation>
    </message>
    <message>
        <source>&amp;Skills</source>
        <translation>&amp;Kompetenzen</translation>
    </message>
    <message>
        <source>&amp;Qualifications</source>
        <translation>&amp;Qualifikationen</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Kennung</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Kompetenzen</translation>
    </message>
    <message>
        <source>Qualifications</source>
        <translation>Qualifikationen</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>The provider was not added</source>
        <translation>Der Anbieter wurde nicht hinzugefügt</translation>
    </message>
    <message>
        <source>The skill was not added</source>
        <translation>Die Kompetenz wurde nicht hinzugefügt</translation>
    </message>
    <message>
        <source>The qualification was not added</source>
        <translation>Die Qualifikation wurde nicht hinzugefügt</translation>
    </message>
    <message>
        <source>The provider was not changed</source>
        <translation>Der Anbieter wurde nicht geändert</translation>
    </message>
    <message>
        <source>The skill was not changed</source>
        <translation>Die Kompetenz wurde nicht geändert</translation>
    </message>
    <message>
        <source>The qualification was not changed</source>
        <translation>Die Qualifikation wurde nicht geändert</translation>
    </message>
    <message>
        <source>The provider was not deleted</source>
        <translation>Der Anbieter wurde nicht gelöscht</translation>
    </message>
    <message>
        <source>The skill was not deleted</source>
        <translation>Die Kompetenz wurde nicht gelöscht</translation>
    </message>
    <message>
        <source>The qualification was not deleted</source>
        <translation>Die Qualifikation wurde nicht gelöscht</translation>
    </message>
</context>
<context>
    <name>Cairn::Ui::CatalogueView</name>
    <message>
        <source>Search courses</source>
        <translation>Kurse suchen</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Kurse</translation>
    </message>
    <message>
        <source>No catalogue yet</source>
        <translation>Noch kein Katalog</translation>
    </message>
    <message>
        <source>Import a catalogue bundle from your provider or study centre, or explore Cairn with the demo catalogue.</source>
        <translation>Importieren Sie ein Katalogpaket Ihres Anbieters oder Lernzentrums, oder lernen Sie Cairn mit dem Demokatalog kennen.</translation>
    </message>
    <message>
        <source>&amp;Import Catalogue…</source>
        <translation>Katalog &amp;importieren…</translation>
    </message>
    <message>
        <source>Search code, title, provider, skills and outcomes</source>
        <translation>Code, Titel, Anbieter, Kompetenzen und Lernergebnisse durchsuchen</translation>
    </message>
    <message>
        <source>Show filters</source>
        <translation>Filter anzeigen</translation>
    </message>
    <message>
        <source>Open the &amp;Demo</source>
        <translation>&amp;Demo öffnen</translation>
    </message>
    <message>
        <source>No courses match</source>
        <translation>Keine passenden Kurse</translation>
    </message>
    <message>
        <source>Try fewer or shorter words, or clear the filters.</source>
        <translation>Versuchen Sie weniger oder kürzere Wörter, oder setzen Sie die Filter zurück.</translation>
    </message>
    <message>
        <source>&amp;Clear Search and Filters</source>
        <translation>Suche und Filter &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Filters (%1)</source>
        <translation>Filter (%1)</translation>
    </message>
</context>
<context>
    <name>Cairn::Ui::ChartAdapter</name>
    <message>
        <source>%1 · %2: %3</source>
        <translation>%1 · %2: %3</translation>
    </message>
    <message>
        <source>Made by Cairn</source>
        <translation>Erstellt mit Cairn</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Reihe</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
</context>
<context>
    <name>Cairn::Ui::ChartPanel</name>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Show the figures as a table (for screen readers and copying)</source>
        <translation>Die Zahlen als Tabelle zeigen (für Screenreader und zum Kopieren)</translation>
    </message>
    <message>
        <source>Export the chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>Save the chart as PNG or SVG, or copy its table</source>
        <translation>Das Diagramm als PNG oder SVG speichern oder seine Tabelle kopieren</translation>
    </message>
    <message>
        <source>Save as PNG or SVG…</source>
        <translation>Als PNG oder SVG speichern …</translation>
    </message>
    <message>
        <source>Copy the Table</source>
        <translation>Tabelle kopieren</translation>
    </message>
    <message>
        <source>%1 (table)</source>
        <translation>%1 (Tabelle)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG-Bild (*.png);;SVG-Zeichnung (*.svg)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation>%1 konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>The table of “%1” is on the clipboard.</source>
        <translation>Die Tabelle von „%1“ ist in der Zwischenablage.</translation>
    </message>
</context>
<context>
    <name>Cairn::Ui::CompareDialog</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (%2 first)</source>
        <translation>%1 (zuerst %2)</translation>
    </message>
    <message>
        <source>Compare Ways</source>
        <translation>Wege vergleichen</translation>
    </message>
    <message>
        <source>Way %1</source>
        <translation>Weg %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>Way &amp;%1:</source>
        <translation>Weg &amp;%1:</translation>
    </message>
    <message>
        <source>Comparison status</source>
        <translation>Stand des Vergleichs</translation>
    </message>
    <message>
        <source>Ways side by side</source>
        <translation>Wege nebeneinander</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>PDF &amp;exportieren…</translation>
    </message>
    <message>
        <source>Comparing… (the fastest and cheapest ways are worked out for each)</source>
        <translation>Vergleiche… (für jeden Weg werden der schnellste und der günstigste ermittelt)</translation>
    </message>
    <message>
        <source>For %1, from today at their weekly hours. Costs are listed per currency.</source>
        <translation>Für %1, ab heute mit den eigenen Wochenstunden. Kosten stehen je Währung.</translation>
    </message>
    <message>
        <source>Export Comparison</source>
        <translation>Vergleich exportieren</translation>
    </message>
    <message>
        <source>ways compared.pdf</source>
        <translation>Wege im Vergleich.pdf</translation>
    </message>
    <message>
        <source>Nothing was written</source>
        <translation>Nichts wurde geschrieben</translation>
    </message>
</context>
<context>
    <name>Cairn::Ui::ConnectDialog</name>
    <message>
        <source>&amp;Keep the password in this desktop&apos;s keyring</source>
        <translation>Passwort im Schlüsselbund dieses Desktops &amp;behalten</translation>
    </message>
    <message>
        <source>Connect to Study Centre</source>
        <translation>Mit Lernzentrum verbinden</translation>
    </message>
    <message>
        <source>Cairn will use the study centre&apos;s server instead of the database on this computer. Ask the centre for the connection, for example &lt;i&gt;service=centre&lt;/i&gt; or &lt;i&gt;host=centre.example dbname=cairn user=you&lt;/i&gt;.</source>
        <translation>Cairn nutzt dann den Server des Lernzentrums statt der Datenbank auf diesem Computer. Die Verbindungsangabe erhalten Sie vom Zentrum, zum Beispiel &lt;i&gt;service=zentrum&lt;/i&gt; oder &lt;i&gt;host=zentrum.example dbname=cairn user=sie&lt;/i&gt;.</translation>
    </message>
    <message>
        <source>if the server asks for one</source>
        <translation>falls der Server eines verlangt</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>&amp;Connection:</source>
        <translation>&amp;Verbindung:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>Verbi&amp;nden</translation>
    </message>
    <message>
        <source>Give the connection the study centre gave you, such as service=centre.</source>
        <translation>Geben Sie die Verbindungsangabe des Lernzentrums an, etwa service=zentrum.</translation>
    </message>
    <message>
        <source>The password was not kept</source>
        <translation>Das Passwort wurde nicht behalten</translation>
    </message>
    <message>
        <source>The desktop&apos;s keyring did not take the password (%1). Cairn connects now; next time it will ask again, or use ~/.pgpass.</source>
        <translation>Der Schlüsselbund des Desktops hat das Passwort nicht angenommen (%1). Cairn verbindet sich jetzt; beim nächsten Mal wird erneut gefragt, oder nutzen Sie ~/.pgpass.</translation>
    </message>
</context>
<context>
    <name>Cairn::Ui::CourseBrowserModel</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Credits</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>Wochen</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Lernform</translation>
    </message>
</context>
<context>
    <name>Cairn::Ui::CourseController</name>
    <message>
        <source>Add to My &amp;Plan</source>
        <translation>Zu meinem &amp;Plan hinzufügen</translation>
    </message>
    <message>
        <source>&amp;New Course…</source>
        <translation>&amp;Neuer Kurs…</translation>
    </message>
    <message>
        <source>&amp;Edit Course…</source>
        <translation>Kurs &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Delete Course</source>
        <translation>Kurs &amp;löschen</translation>
    </message>
    <message>
        <source>Providers, Skills and &amp;Qualifications…</source>
        <translation>Anbieter, Kompetenzen und &amp;Qualifikationen…</translation>
    </message>
    <message>
        <source>Put the selected courses into the open profile&apos;s plan</source>
        <translation>Die gewählten Kurse in den Plan des offenen Profils aufnehmen</translation>
    </message>
    <message>
        <source>Added to %1&apos;s plan: %2</source>
        <translation>In den Plan von %1 aufgenommen: %2</translation>
    </message>
    <message>
        <source>New Course</source>
        <translation>Neuer Kurs</translation>
    </message>
    <message>
        <source>A course needs a provider and a credit framework: import a catalogue first, or add a provider under Edit ▸ Providers, Skills and Qualifications.</source>
        <translation>Ein Kurs braucht einen Anbieter und ein Rahmenwerk: Importieren Sie zuerst einen Katalog oder legen Sie unter Bearbeiten ▸ Anbieter, Kompetenzen und Qualifikationen einen Anbieter an.</translation>
    </message>
    <message>
        <source>The course was not added</source>
        <translation>Der Kurs wurde nicht hinzugefügt</translation>
    </message>
    <message>
        <source>The course was not changed</source>
        <translation>Der Kurs wurde nicht geändert</translation>
    </message>
    <message>
        <source>Delete Course</source>
        <translation>Kurs löschen</translation>
    </message>
    <message>
        <source>Delete %1 from the catalogue? (Edit ▸ Undo brings it back.)</source>
        <translation>%1 aus dem Katalog löschen? (Bearbeiten ▸ Rückgängig holt ihn zurück.)</translation>
    </message>
    <message>
        <source>The course was not deleted</source>
        <translation>Der Kurs wurde nicht gelöscht</translation>
    </message>
</context>
<context>
    <name>Cairn::Ui::CourseDetailsPane</name>
    <message>
        <source>Course details</source>
        <translation>Kursdetails</translation>
    </message>
    <message>
        <source>No course selected</source>
        <translation>Kein Kurs ausgewählt</translation>
    </message>
    <message>
        <source>Select a course to see everything about it: what it teaches, what it needs and what it counts toward.</source>
        <translation>Wählen Sie einen Kurs, um alles über ihn zu sehen: was er vermittelt, was er voraussetzt und wofür er zählt.</translation>
    </message>
    <message>
        <source>Awarded by</source>
        <translation>Vergeben von</translation>
    </message>
    <message>
        <source>Quality assurance</source>
        <translation>Qualitätssicherung</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Credits</translation>
    </message>
    <message>
        <source>%1 at level %2 of the %3</source>
        <translation>%1 auf Stufe %2 im %3</translation>
    </message>
    <message>
        <source>Workload</source>
        <translation>Arbeitsaufwand</translation>
    </message>
    <message>
        <source>%1 hours over %2 weeks (about %3 hours a week)</source>
        <translation>%1 Stunden über %2 Wochen (etwa %3 Stunden pro Woche)</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Lernform</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Nicht angegeben</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Any Monday</source>
        <translation>Jeden Montag</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Prerequisites</source>
        <translation>Voraussetzungen</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Kompetenzen</translation>
    </message>
    <message>
        <source>More information</source>
        <translation>Mehr erfahren</translation>
    </message>
    <message>
        <source>Learning outcomes</source>
        <translation>Lernergebnisse</translation>
    </message>
    <message>
        <source>Counts toward</source>
        <translation>Zählt für</translation>
    </message>
    <message>
        <source>No qualification in this catalogue counts this course.</source>
        <translation>Keine Qualifikation in diesem Katalog rechnet diesen Kurs an.</translation>
    </message>
    <message>
        <source>its total credits</source>
        <translation>die Gesamtzahl der Credits</translation>
    </message>
    <message>
        <source>counts toward %1</source>
        <translation>zählt für %1</translation>
    </message>
</context>
<context>
    <name>Cairn::Ui::CourseDialog</name>
    <message>
        <source>Edit Course %1</source>
        <translation>Kurs %1 bearbeiten</translation>
    </message>
    <message>
        <source>New Course</source>
        <translation>Neuer Kurs</translation>
    </message>
    <message>
        <source>e.g. DAT501</source>
        <translation>z. B. DAT501</translation>
    </message>
    <message>
        <source>Choose a provider</source>
        <translation>Anbieter wählen</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Credits</translation>
    </message>
    <message>
        <source>level </source>
        <translation>Stufe </translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> Stunden</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> Wochen</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>Wochen</translation>
    </message>
    <message>
        <source>Costs</source>
        <translation>Kostet</translation>
    </message>
    <message>
        <source>Cost amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>On campus</source>
        <translation>Vor Ort</translation>
    </message>
    <message>
        <source>At work</source>
        <translation>Am Arbeitsplatz</translation>
    </message>
    <message>
        <source>Start dates, e.g. 2027-02-08, 2027-07-12 (empty: any Monday)</source>
        <translation>Starttermine, z. B. 2027-02-08, 2027-07-12 (leer: jeden Montag)</translation>
    </message>
    <message>
        <source>One learning outcome a line</source>
        <translation>Ein Lernergebnis pro Zeile</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Code</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>&amp;Provider</source>
        <translation>&amp;Anbieter</translation>
    </message>
    <message>
        <source>&amp;Framework</source>
        <translation>&amp;Rahmenwerk</translation>
    </message>
    <message>
        <source>C&amp;redits</source>
        <translation>C&amp;redits</translation>
    </message>
    <message>
        <source>&amp;Workload</source>
        <translation>Arbeits&amp;aufwand</translation>
    </message>
    <message>
        <source>C&amp;ost</source>
        <translation>&amp;Kosten</translation>
    </message>
    <message>
        <source>&amp;Delivery</source>
        <translation>&amp;Lernform</translation>
    </message>
    <message>
        <source>&amp;Intakes</source>
        <translation>&amp;Starttermine</translation>
    </message>
    <message>
        <source>&amp;Skills</source>
        <translation>&amp;Kompetenzen</translation>
    </message>
    <message>
        <source>&amp;Learning outcomes</source>
        <translation>Lern&amp;ergebnisse</translation>
    </message>
    <message>
        <source>&amp;Assessment</source>
        <translation>&amp;Prüfung</translation>
    </message>
    <message>
        <source>D&amp;escription</source>
        <translation>&amp;Beschreibung</translation>
    </message>
    <message>
        <source>&amp;Web page</source>
        <translation>&amp;Webseite</translation>
    </message>
</context>
<context>
    <name>Cairn::Ui::CourseText</name>
    <message>
        <source>%1 %2</source>
        <extracomment>an amount of money: %1 is the ISO currency code, %2 the amount</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Kostenlos</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Campus</source>
        <translation>Vor Ort</translation>
    </message>
    <message>
        <source>Workplace</source>
        <translation>Arbeitsplatz</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Recognised</source>
        <translation>Anerkannt</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Eingeschrieben</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Nicht bestanden</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <extracomment>a span of dates: &quot;8 Feb 2027 – 16 May 2027&quot;</extracomment>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>Cairn::Ui::DashboardSpecs</name>
    <message>
        <source>Your goals</source>
        <translation>Ihre Ziele</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Credits</translation>
    </message>
    <message>
        <source>%1 credits</source>
        <translation>%1 Credits</translation>
    </message>
    <message>
        <source>No goals yet. In Qualifications, open one and choose “Make This a Goal”.</source>
        <translation>Noch keine Ziele. Öffnen Sie unter Qualifikationen eine und wählen Sie „Als Ziel setzen“.</translation>
    </message>
    <message>
        <source>Earned</source>
        <translation>Erworben</translation>
    </message>
    <message>
        <source>Enrolled or planned</source>
        <translation>Eingeschrieben oder geplant</translation>
    </message>
    <message>
        <source>Still missing</source>
        <translation>Fehlt noch</translation>
    </message>
    <message>
        <source>Credits over time</source>
        <translation>Credits im Zeitverlauf</translation>
    </message>
    <message>
        <source>Credits over time (%1)</source>
        <translation>Credits im Zeitverlauf (%1)</translation>
    </message>
    <message>
        <source>Nothing completed or planned yet: credits appear here as you earn and plan them.</source>
        <translation>Noch nichts abgeschlossen oder geplant: Credits erscheinen hier, sobald Sie sie erwerben und planen.</translation>
    </message>
    <message>
        <source>With your plan</source>
        <translation>Mit Ihrem Plan</translation>
    </message>
    <message>
        <source>%1 requires %2</source>
        <translation>%1 verlangt %2</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Weekly study load</source>
        <translation>Wöchentliche Lernzeit</translation>
    </message>
    <message>
        <source>Hours a week</source>
        <translation>Stunden pro Woche</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>Nothing enrolled or planned: the plan&apos;s weekly hours appear here.</source>
        <translation>Nichts eingeschrieben oder geplant: die wöchentlichen Stunden des Plans erscheinen hier.</translation>
    </message>
    <message>
        <source>Planned hours</source>
        <translation>Geplante Stunden</translation>
    </message>
    <message>
        <source>Hours available</source>
        <translation>Verfügbare Stunden</translation>
    </message>
    <message>
        <source>Less time available</source>
        <translation>Weniger Zeit verfügbar</translation>
    </message>
    <message>
        <source>Cost per year</source>
        <translation>Kosten pro Jahr</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Nothing with a price is enrolled or planned.</source>
        <translation>Nichts mit einem Preis ist eingeschrieben oder geplant.</translation>
    </message>
    <message>
        <source>Yearly budget (%1)</source>
        <translation>Jahresbudget (%1)</translation>
    </message>
    <message>
        <source>Stackable route or full programme</source>
        <translation>Gestapelter Weg oder Vollprogramm</translation>
    </message>
    <message>
        <source>% of programme</source>
        <translation>% des Programms</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>None of your goals has a full programme in the catalogue to compare with.</source>
        <translation>Keines Ihrer Ziele hat im Katalog ein Vollprogramm zum Vergleich.</translation>
    </message>
    <message>
        <source>%1: stacked or full programme</source>
        <translation>%1: gestapelt oder Vollprogramm</translation>
    </message>
    <message>
        <source>Your stackable route</source>
        <translation>Ihr gestapelter Weg</translation>
    </message>
    <message>
        <source>Full programme</source>
        <translation>Vollprogramm</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>1 week</source>
        <translation>1 Woche</translation>
    </message>
    <message>
        <source>%1 weeks</source>
        <translation>%1 Wochen</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Stacked: %1. Full programme: %2.</source>
        <translation>Gestapelt: %1. Vollprogramm: %2.</translation>
    </message>
    <message>
        <source>Your plan does not finish it yet; the rest is estimated.</source>
        <translation>Ihr Plan schließt sie noch nicht ab; der Rest ist geschätzt.</translation>
    </message>
</context>
<context>
    <name>Cairn::Ui::DashboardView</name>
    <message>
        <source>Dashboard summary</source>
        <translation>Zusammenfassung der Übersicht</translation>
    </message>
    <message>
        <source>Open or create a profile to see your progress, your weekly load and your costs.</source>
        <translation>Öffnen oder erstellen Sie ein Profil, um Ihren Fortschritt, Ihre Wochenlast und Ihre Kosten zu sehen.</translation>
    </message>
    <message>
        <source>The charts appear as soon as the catalogue is read.</source>
        <translation>Die Diagramme erscheinen, sobald der Katalog gelesen ist.</translation>
    </message>
    <message>
        <source>%1 · plan finishes %2 · up to %3 hours a week</source>
        <translation>%1 · Plan endet am %2 · bis zu %3 Stunden pro Woche</translation>
    </message>
    <message>
        <source>%1 · up to %2 hours a week</source>
        <translation>%1 · bis zu %2 Stunden pro Woche</translation>
    </message>
</context>
<context>
    <name>Cairn::Ui::DatabaseGuard</name>
    <message>
        <source>%1 is damaged; Cairn does not write to it.</source>
        <translation>%1 ist beschädigt; Cairn schreibt nicht hinein.</translation>
    </message>
    <message>
        <source>The backup could not be restored</source>
        <translation>Die Sicherung konnte nicht wiederhergestellt werden</translation>
    </message>
    <message>
        <source>Restored %1; the database as it was is kept as %2.</source>
        <translation>%1 wiederhergestellt; die bisherige Datenbank bleibt als %2 erhalten.</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>There is no backup of this database yet. Cairn makes one before every import and once a day.</source>
        <translation>Von dieser Datenbank gibt es noch keine Sicherung. Cairn legt vor jedem Import und einmal am Tag eine an.</translation>
    </message>
    <message>
        <source>Start a New Database</source>
        <translation>Neue Datenbank beginnen</translation>
    </message>
    <message>
        <source>Cairn database (*.sqlite)</source>
        <translation>Cairn-Datenbank (*.sqlite)</translation>
    </message>
    <message>
        <source>Open Another Database</source>
        <translation>Andere Datenbank öffnen</translation>
    </message>
    <message>
        <source>Cairn database (*.sqlite);;All files (*)</source>
        <translation>Cairn-Datenbank (*.sqlite);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The database is in use</source>
        <translation>Die Datenbank wird verwendet</translation>
    </message>
    <message>
        <source>This change could not be saved yet: another program is using the database.</source>
        <translation>Diese Änderung konnte noch nicht gespeichert werden: ein anderes Programm verwendet die Datenbank.</translation>
    </message>
    <message>
        <source>Nothing was changed. Close the other program (or the other Cairn window), then choose Retry.</source>
        <translation>Es wurde nichts geändert. Schließen Sie das andere Programm (oder das andere Cairn-Fenster) und wählen Sie dann „Wiederholen“.</translation>
    </message>
</context>
<context>
    <name>Cairn::Ui::DatabaseProblemPage</name>
    <message>
        <source>&amp;Open Another Database…</source>
        <translation>Andere Datenbank ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>&amp;Start a New Database…</source>
        <translation>Neue Datenbank &amp;beginnen …</translation>
    </message>
    <message>
        <source>This database is damaged</source>
        <translation>Diese Datenbank ist beschädigt</translation>
    </message>
    <message>
        <source>Cairn will not write to it. Your edits are refused until you choose a way forward; the damaged file is kept either way.</source>
        <translation>Cairn schreibt nicht hinein. Ihre Änderungen werden abgelehnt, bis Sie einen Weg wählen; die beschädigte Datei bleibt in jedem Fall erhalten.</translation>
    </message>
    <message>
        <source>&amp;Restore the Backup of %1 (%2)</source>
        <translation>Sicherung vom %1 &amp;wiederherstellen (%2)</translation>
    </message>
    <message>
        <source>No backup of %1 yet</source>
        <translation>Noch keine Sicherung von %1</translation>
    </message>
</context>
<context>
    <name>Cairn::Ui::ExchangeRatesEditor</name>
    <message>
        <source>Exchange rates</source>
        <translation>Wechselkurse</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Nach</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <source>Taken on</source>
        <translation>Stand vom</translation>
    </message>
    <message>
        <source>How many of the second currency one of the first is worth</source>
        <translation>Wie viel der zweiten Währung eine Einheit der ersten wert ist</translation>
    </message>
    <message>
        <source>Your own rates: Cairn works offline and compares prices in different currencies only with these, using the latest one taken on or before the day.</source>
        <translation>Ihre eigenen Kurse: Cairn arbeitet offline und vergleicht Preise in verschiedenen Währungen nur mit diesen, jeweils mit dem neuesten Kurs bis zum betreffenden Tag.</translation>
    </message>
    <message>
        <source>Add &amp;Rate</source>
        <translation>&amp;Kurs hinzufügen</translation>
    </message>
    <message>
        <source>Remove Ra&amp;te</source>
        <translation>Kurs en&amp;tfernen</translation>
    </message>
    <message>
        <source>Currency converted from</source>
        <translation>Ausgangswährung</translation>
    </message>
    <message>
        <source>Currency converted to</source>
        <translation>Zielwährung</translation>
    </message>
    <message>
        <source>Units of the second currency for one of the first</source>
        <translation>Einheiten der zweiten Währung für eine der ersten</translation>
    </message>
    <message>
        <source>Day the rate was taken</source>
        <translation>Tag, an dem der Kurs galt</translation>
    </message>
</context>
<context>
    <name>Cairn::Ui::FileTransfer</name>
    <message>
        <source>Importing %1…</source>
        <translation>%1 wird importiert…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was changed.</source>
        <translation>Import abgebrochen; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Es wurde nichts importiert</translation>
    </message>
    <message>
        <source>Imported the catalogue “%1”: %2 courses, %3 qualifications</source>
        <translation>Katalog „%1“ importiert: %2 Kurse, %3 Qualifikationen</translation>
    </message>
    <message>
        <source>Imported the profile “%1” with %2 records</source>
        <translation>Profil „%1“ mit %2 Nachweisen importiert</translation>
    </message>
    <message>
        <source>The demo could not be loaded</source>
        <translation>Die Demo konnte nicht geladen werden</translation>
    </message>
    <message>
        <source>The catalogue was not exported</source>
        <translation>Der Katalog wurde nicht exportiert</translation>
    </message>
    <message>
        <source>Exported the catalogue to %1</source>
        <translation>Katalog nach %1 exportiert</translation>
    </message>
    <message>
        <source>The profile was not exported</source>
        <translation>Das Profil wurde nicht exportiert</translation>
    </message>
    <message>
        <source>Exported %1 to %2</source>
        <translation>%1 nach %2 exportiert</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>%1 was not imported. Problems found: %2. Nothing was changed; fix them and import the file again.</source>
        <translation>%1 wurde nicht importiert. Gefundene Probleme: %2. Nichts wurde geändert; beheben Sie sie und importieren Sie die Datei erneut.</translation>
    </message>
    <message>
        <source>Exporting the catalogue to %1…</source>
        <translation>Katalog wird nach %1 exportiert…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export abgebrochen; keine Datei wurde geschrieben.</translation>
    </message>
</context>
<context>
    <name>Cairn::Ui::FilterBar</name>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>S&amp;kill</source>
        <translation>&amp;Kompetenz</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Kompetenz</translation>
    </message>
    <message>
        <source>&amp;Provider</source>
        <translation>&amp;Anbieter</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>F&amp;ramework</source>
        <translation>&amp;Rahmenwerk</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>Rahmenwerk</translation>
    </message>
    <message>
        <source>&amp;Delivery</source>
        <translation>&amp;Lernform</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Lernform</translation>
    </message>
    <message>
        <source>Lowest level</source>
        <translation>Niedrigste Stufe</translation>
    </message>
    <message>
        <source>Highest level</source>
        <translation>Höchste Stufe</translation>
    </message>
    <message>
        <source>Fewest credits</source>
        <translation>Wenigste Credits</translation>
    </message>
    <message>
        <source>Most credits</source>
        <translation>Meiste Credits</translation>
    </message>
    <message>
        <source>Lowest cost</source>
        <translation>Niedrigste Kosten</translation>
    </message>
    <message>
        <source>Highest cost</source>
        <translation>Höchste Kosten</translation>
    </message>
    <message>
        <source>Fewest hours</source>
        <translation>Wenigste Stunden</translation>
    </message>
    <message>
        <source>Most hours</source>
        <translation>Meiste Stunden</translation>
    </message>
    <message>
        <source>&amp;Level</source>
        <translation>&amp;Stufe</translation>
    </message>
    <message>
        <source>C&amp;redits</source>
        <translation>C&amp;redits</translation>
    </message>
    <message>
        <source>Co&amp;st</source>
        <translation>K&amp;osten</translation>
    </message>
    <message>
        <source>&amp;Hours</source>
        <translation>St&amp;unden</translation>
    </message>
    <message>
        <source>Any delivery</source>
        <translation>Jede Lernform</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Any skill</source>
        <translation>Jede Kompetenz</translation>
    </message>
    <message>
        <source>Any provider</source>
        <translation>Jeder Anbieter</translation>
    </message>
    <message>
        <source>Any framework</source>
        <translation>Jedes Rahmenwerk</translation>
    </message>
</context>
<context>
    <name>Cairn::Ui::FormDialog</name>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>Cairn::Ui::GoalButton</name>
    <message>
        <source>%1 — %2
Click to see its audit.</source>
        <translation>%1 — %2
Klicken, um die Prüfung zu sehen.</translation>
    </message>
    <message>
        <source>Goal %1: %2% done</source>
        <translation>Ziel %1: %2 % erledigt</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>Cairn::Ui::GoalsFoot</name>
    <message>
        <source>Goals</source>
        <translation>Ziele</translation>
    </message>
</context>
<context>
    <name>Cairn::Ui::ItemDialogs</name>
    <message>
        <source>Edit Provider %1</source>
        <translation>Anbieter %1 bearbeiten</translation>
    </message>
    <message>
        <source>New Provider</source>
        <translation>Neuer Anbieter</translation>
    </message>
    <message>
        <source>e.g. NZ</source>
        <translation>z. B. NZ</translation>
    </message>
    <message>
        <source>e.g. NZQA</source>
        <translation>z. B. NZQA</translation>
    </message>
    <message>
        <source>&amp;Id</source>
        <translation>&amp;Kennung</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>&amp;Land</translation>
    </message>
    <message>
        <source>&amp;Quality assurance</source>
        <translation>&amp;Qualitätssicherung</translation>
    </message>
    <message>
        <source>Edit Skill %1</source>
        <translation>Kompetenz %1 bearbeiten</translation>
    </message>
    <message>
        <source>New Skill</source>
        <translation>Neue Kompetenz</translation>
    </message>
    <message>
        <source>e.g. an ESCO skill address</source>
        <translation>z. B. eine ESCO-Adresse der Kompetenz</translation>
    </message>
    <message>
        <source>&amp;Label</source>
        <translation>&amp;Bezeichnung</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Adresse</translation>
    </message>
    <message>
        <source>Edit Qualification %1</source>
        <translation>Qualifikation %1 bearbeiten</translation>
    </message>
    <message>
        <source>New Qualification</source>
        <translation>Neue Qualifikation</translation>
    </message>
    <message>
        <source>certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>diploma</source>
        <translation>Diplom</translation>
    </message>
    <message>
        <source>degree</source>
        <translation>Studienabschluss</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>At level</source>
        <translation>Auf Stufe</translation>
    </message>
    <message>
        <source>At most, from prior learning</source>
        <translation>Höchstens, aus Vorleistungen</translation>
    </message>
    <message>
        <source>Credit counts for</source>
        <translation>Credits zählen</translation>
    </message>
    <message>
        <source> years</source>
        <translation> Jahre</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Code</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>T&amp;ype</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <source>&amp;Provider</source>
        <translation>&amp;Anbieter</translation>
    </message>
    <message>
        <source>&amp;Framework</source>
        <translation>&amp;Rahmenwerk</translation>
    </message>
    <message>
        <source>&amp;Level</source>
        <translation>&amp;Stufe</translation>
    </message>
    <message>
        <source>C&amp;redits required</source>
        <translation>C&amp;redits erforderlich</translation>
    </message>
    <message>
        <source>&amp;Recognised credits</source>
        <translation>An&amp;erkannte Credits</translation>
    </message>
    <message>
        <source>C&amp;urrency</source>
        <translation>&amp;Gültigkeit</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Beschreibung</translation>
    </message>
</context>
<context>
    <name>Cairn::Ui::MainWindow</name>
    <message>
        <source>Cairn</source>
        <translation>Cairn</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Import a catalogue bundle or a learner file</source>
        <translation>Ein Katalogpaket oder eine Lernendendatei importieren</translation>
    </message>
    <message>
        <source>&amp;Export Catalogue…</source>
        <translation>Katalog &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Cairn</source>
        <translation>Ü&amp;ber Cairn</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Cairn files (*.json);;All files (*)</source>
        <translation>Cairn-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export Catalogue</source>
        <translation>Katalog exportieren</translation>
    </message>
    <message>
        <source>catalogue.json</source>
        <translation>katalog.json</translation>
    </message>
    <message>
        <source>Cairn catalogue (*.json)</source>
        <translation>Cairn-Katalog (*.json)</translation>
    </message>
    <message>
        <source>About Cairn</source>
        <translation>Über Cairn</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Cairn %1&lt;/h3&gt;&lt;p&gt;Plan stackable study: see what you have earned, what counts toward which qualification, what is still missing, and the fastest or cheapest way to finish.&lt;/p&gt;&lt;p&gt;Your data stays on this computer.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Cairn %1&lt;/h3&gt;&lt;p&gt;Stapelbares Lernen planen: sehen, was Sie erworben haben, was für welche Qualifikation zählt, was noch fehlt und wie Sie am schnellsten oder günstigsten zum Abschluss kommen.&lt;/p&gt;&lt;p&gt;Ihre Daten bleiben auf diesem Computer.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Courses: %1</source>
        <translation>Kurse: %1</translation>
    </message>
    <message>
        <source>Courses: %1 of %2</source>
        <translation>Kurse: %1 von %2</translation>
    </message>
    <message>
        <source>The change could not be written</source>
        <translation>Die Änderung konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Export &amp;Profile…</source>
        <translation>&amp;Profil exportieren…</translation>
    </message>
    <message>
        <source>Open the &amp;Demo</source>
        <translation>&amp;Demo öffnen</translation>
    </message>
    <message>
        <source>Add the demo catalogue and the demo learner to this database</source>
        <translation>Den Demokatalog und die Demo-Lernende in diese Datenbank laden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Find Courses</source>
        <translation>Kurse &amp;suchen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Show &amp;Filters</source>
        <translation>&amp;Filter anzeigen</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Erscheinungsbild</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>F&amp;ull Screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>&amp;Profil</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Profil:</translation>
    </message>
    <message>
        <source>Courses shown</source>
        <translation>Angezeigte Kurse</translation>
    </message>
    <message>
        <source>Open profile</source>
        <translation>Offenes Profil</translation>
    </message>
    <message>
        <source>Last saved</source>
        <translation>Zuletzt gespeichert</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Alle Änderungen gespeichert</translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translation>Gespeichert um %1</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <source>%1 — Cairn</source>
        <translation>%1 — Cairn</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>Profil: %1</translation>
    </message>
    <message>
        <source>No profile</source>
        <translation>Kein Profil</translation>
    </message>
    <message>
        <source>Open a profile to export it.</source>
        <translation>Öffnen Sie ein Profil, um es zu exportieren.</translation>
    </message>
    <message>
        <source>Export Profile</source>
        <translation>Profil exportieren</translation>
    </message>
    <message>
        <source>Cairn learner file (*.json)</source>
        <translation>Cairn-Lernendendatei (*.json)</translation>
    </message>
    <message>
        <source>The demo catalogue and learner are loaded.</source>
        <translation>Der Demokatalog und die Demo-Lernende sind geladen.</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (schreibgeschützt)</translation>
    </message>
    <message>
        <source>Nothing can be imported</source>
        <translation>Es kann nichts importiert werden</translation>
    </message>
    <message>
        <source>The demo cannot be loaded</source>
        <translation>Die Demo kann nicht geladen werden</translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation>Aus Sicherung &amp;wiederherstellen …</translation>
    </message>
    <message>
        <source>Put one of the automatic backups in the database&apos;s place</source>
        <translation>Eine der automatischen Sicherungen an die Stelle der Datenbank setzen</translation>
    </message>
    <message>
        <source>%1 is read-only here (the file or its folder cannot be written); Cairn shows it but cannot change it.</source>
        <translation>%1 ist hier schreibgeschützt (die Datei oder ihr Ordner kann nicht geschrieben werden); Cairn zeigt sie, kann sie aber nicht ändern.</translation>
    </message>
    <message>
        <source>%1 is hidden by the catalogue&apos;s search or filters; clear them to see it.</source>
        <translation>%1 ist durch die Suche oder die Filter des Katalogs ausgeblendet; heben Sie sie auf, um den Kurs zu sehen.</translation>
    </message>
    <message>
        <source>Pathways ⇄ &amp;Qualifications</source>
        <translation>Bildungswege ⇄ &amp;Qualifikationen</translation>
    </message>
    <message>
        <source>Go from the diagram to the audit of the same qualification, and back</source>
        <translation>Vom Diagramm zur Prüfung derselben Qualifikation und zurück</translation>
    </message>
    <message>
        <source>Cairn — Presentation</source>
        <translation>Cairn — Präsentation</translation>
    </message>
    <message>
        <source>The catalogue is still being read; try again in a moment.</source>
        <translation>Der Katalog wird noch gelesen; gleich noch einmal versuchen.</translation>
    </message>
    <message>
        <source>The catalogue has no qualification to compare.</source>
        <translation>Der Katalog hat keine Qualifikation zum Vergleichen.</translation>
    </message>
    <message>
        <source>&amp;Compare Ways…</source>
        <translation>Wege &amp;vergleichen…</translation>
    </message>
    <message>
        <source>Two or three qualifications, or routes through one into the next, side by side</source>
        <translation>Zwei oder drei Qualifikationen oder Wege über eine zur nächsten, nebeneinander</translation>
    </message>
    <message>
        <source>Study centre server</source>
        <translation>Server des Lernzentrums</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>Offline copy (read-only)</source>
        <translation>Offline-Kopie (schreibgeschützt)</translation>
    </message>
    <message>
        <source>The study centre&apos;s server cannot be reached</source>
        <translation>Der Server des Lernzentrums ist nicht erreichbar</translation>
    </message>
</context>
<context>
    <name>Cairn::Ui::OverrideDialog</name>
    <message>
        <source>Waive a Requirement</source>
        <translation>Eine Anforderung erlassen</translation>
    </message>
    <message>
        <source>Edit Waiver</source>
        <translation>Erlass bearbeiten</translation>
    </message>
    <message>
        <source>“%1” counts as met for %2.</source>
        <translation>„%1“ gilt für %2 als erfüllt.</translation>
    </message>
    <message>
        <source>Count a Course Toward a Requirement</source>
        <translation>Einen Kurs für eine Anforderung anrechnen</translation>
    </message>
    <message>
        <source>Edit Substitution</source>
        <translation>Anrechnung bearbeiten</translation>
    </message>
    <message>
        <source>The course chosen below counts toward “%1” of %2, although it does not match it.</source>
        <translation>Der unten gewählte Kurs zählt für „%1“ von %2, obwohl er nicht dazu passt.</translation>
    </message>
    <message>
        <source>Exclude a Course</source>
        <translation>Einen Kurs ausschließen</translation>
    </message>
    <message>
        <source>Edit Exclusion</source>
        <translation>Ausschluss bearbeiten</translation>
    </message>
    <message>
        <source>The course chosen below does not count toward %1 at all.</source>
        <translation>Der unten gewählte Kurs zählt überhaupt nicht für %1.</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>&amp;Course</source>
        <translation>&amp;Kurs</translation>
    </message>
    <message>
        <source>e.g. Equivalent industry project, checked against the learning outcomes</source>
        <translation>z. B. gleichwertiges Praxisprojekt, mit den Lernergebnissen abgeglichen</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Grund</translation>
    </message>
    <message>
        <source>The advisor who decided</source>
        <translation>Die beratende Person, die entschieden hat</translation>
    </message>
    <message>
        <source>&amp;Advisor</source>
        <translation>&amp;Beratung</translation>
    </message>
</context>
<context>
    <name>Cairn::Ui::PathwayScene</name>
    <message>
        <source>Made by Cairn</source>
        <translation>Erstellt mit Cairn</translation>
    </message>
</context>
<context>
    <name>Cairn::Ui::PathwaysView</name>
    <message>
        <source>Qualification shown</source>
        <translation>Angezeigte Qualifikation</translation>
    </message>
    <message>
        <source>Find a course or qualification…</source>
        <translation>Kurs oder Qualifikation suchen…</translation>
    </message>
    <message>
        <source>Find in the diagram</source>
        <translation>Im Diagramm suchen</translation>
    </message>
    <message>
        <source>Diagram summary</source>
        <translation>Zusammenfassung des Diagramms</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Zeigen:</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Zoom out (-)</source>
        <translation>Verkleinern (-)</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>Vergrößern (+)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Fit to the window (0)</source>
        <translation>In das Fenster einpassen (0)</translation>
    </message>
    <message>
        <source>Pathways diagram</source>
        <translation>Diagramm der Bildungswege</translation>
    </message>
    <message>
        <source>Nothing in the diagram matches “%1”.</source>
        <translation>Nichts im Diagramm passt zu „%1“.</translation>
    </message>
    <message>
        <source>All qualifications</source>
        <translation>Alle Qualifikationen</translation>
    </message>
    <message>
        <source>Open or create a profile to see how courses stack into qualifications.</source>
        <translation>Öffnen oder erstellen Sie ein Profil, um zu sehen, wie sich Kurse zu Qualifikationen zusammensetzen.</translation>
    </message>
    <message>
        <source>The diagram appears as soon as the catalogue is read.</source>
        <translation>Das Diagramm erscheint, sobald der Katalog gelesen ist.</translation>
    </message>
    <message>
        <source>No qualifications in the catalogue</source>
        <translation>Keine Qualifikationen im Katalog</translation>
    </message>
    <message>
        <source>Import a catalogue with qualifications to see how its courses stack into them.</source>
        <translation>Importieren Sie einen Katalog mit Qualifikationen, um zu sehen, wie sich seine Kurse zu ihnen zusammensetzen.</translation>
    </message>
    <message>
        <source>Choose one qualification to see its courses.</source>
        <translation>Wählen Sie eine Qualifikation, um ihre Kurse zu sehen.</translation>
    </message>
    <message>
        <source>Bold arrows: one qualification stacks into the next. Green: done; blue: enrolled or planned.</source>
        <translation>Dicke Pfeile: eine Qualifikation baut auf der vorigen auf. Grün: abgeschlossen; blau: eingeschrieben oder geplant.</translation>
    </message>
    <message>
        <source>Working out how the catalogue&apos;s courses stack into its qualifications…</source>
        <translation>Es wird ermittelt, wie sich die Kurse des Katalogs zu seinen Qualifikationen zusammensetzen …</translation>
    </message>
    <message>
        <source>1 qualification</source>
        <translation>1 Qualifikation</translation>
    </message>
    <message>
        <source>%1 qualifications</source>
        <translation>%1 Qualifikationen</translation>
    </message>
    <message>
        <source>1 course</source>
        <translation>1 Kurs</translation>
    </message>
    <message>
        <source>%1 courses</source>
        <translation>%1 Kurse</translation>
    </message>
    <message>
        <source>%1 and %2 shown; %3 of the catalogue not shown.</source>
        <translation>%1 und %2 angezeigt; %3 des Katalogs nicht angezeigt.</translation>
    </message>
    <message>
        <source>Skill shown</source>
        <translation>Angezeigte Fähigkeit</translation>
    </message>
    <message>
        <source>S&amp;kill:</source>
        <translation>&amp;Fähigkeit:</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren …</translation>
    </message>
    <message>
        <source>Save the diagram as PNG or SVG</source>
        <translation>Das Diagramm als PNG oder SVG speichern</translation>
    </message>
    <message>
        <source>Any skill</source>
        <translation>Jede Fähigkeit</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>Pathways — %1</source>
        <translation>Bildungswege – %1</translation>
    </message>
    <message>
        <source>Export Diagram</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>pathways.png</source>
        <translation>bildungswege.png</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG-Bild (*.png);;SVG-Zeichnung (*.svg)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation>%1 konnte nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>Cairn::Ui::PdfFileDialog</name>
    <message>
        <source>PDF on A4 paper (*.pdf)</source>
        <translation>PDF auf A4-Papier (*.pdf)</translation>
    </message>
    <message>
        <source>PDF on US Letter paper (*.pdf)</source>
        <translation>PDF auf US-Letter-Papier (*.pdf)</translation>
    </message>
</context>
<context>
    <name>Cairn::Ui::PlanView</name>
    <message>
        <source>Nothing planned yet</source>
        <translation>Noch nichts geplant</translation>
    </message>
    <message>
        <source>Find a course in the catalogue and press Ctrl+Return, or drag it onto My plan. Your plan is saved as you go.</source>
        <translation>Suchen Sie einen Kurs im Katalog und drücken Sie Strg+Eingabe, oder ziehen Sie ihn auf „Mein Plan“. Ihr Plan wird laufend gespeichert.</translation>
    </message>
    <message>
        <source>The record was not changed</source>
        <translation>Der Nachweis wurde nicht geändert</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Nachweise</translation>
    </message>
    <message>
        <source>Study timeline</source>
        <translation>Lernzeitleiste</translation>
    </message>
    <message>
        <source>Plan summary</source>
        <translation>Zusammenfassung des Plans</translation>
    </message>
    <message>
        <source>No profile open</source>
        <translation>Kein Profil geöffnet</translation>
    </message>
    <message>
        <source>A profile holds what you have studied and what you plan: create one to start planning.</source>
        <translation>Ein Profil enthält, was Sie gelernt haben und was Sie planen: Legen Sie eines an, um mit dem Planen zu beginnen.</translation>
    </message>
    <message>
        <source>&amp;Create a Profile…</source>
        <translation>Profil &amp;anlegen…</translation>
    </message>
    <message>
        <source>Go to the &amp;Catalogue</source>
        <translation>Zum &amp;Katalog</translation>
    </message>
    <message>
        <source>%1 · nothing enrolled or planned to schedule.</source>
        <translation>%1 · nichts eingeschrieben oder geplant, das einzuplanen wäre.</translation>
    </message>
    <message>
        <source>finished by %1, the earliest possible</source>
        <translation>fertig bis %1, so früh wie möglich</translation>
    </message>
    <message>
        <source>finished by %1 (no plan can finish before %2)</source>
        <translation>fertig bis %1 (kein Plan endet vor dem %2)</translation>
    </message>
    <message>
        <source>%1 · this plan cannot work as it stands: see the messages beside the courses.</source>
        <translation>%1 · dieser Plan geht so nicht auf: siehe die Hinweise bei den Kursen.</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 im Jahr %2</translation>
    </message>
    <message>
        <source>Cost: %1</source>
        <translation>Kosten: %1</translation>
    </message>
    <message>
        <source>Remove records</source>
        <translation>Nachweise entfernen</translation>
    </message>
    <message>
        <source>%1 is not just planned: its record says what you have done. Remove it anyway? (Edit ▸ Undo brings it back.)</source>
        <translation>%1 ist nicht nur geplant: Der Nachweis hält fest, was Sie getan haben. Trotzdem entfernen? (Bearbeiten ▸ Rückgängig holt ihn zurück.)</translation>
    </message>
    <message>
        <source>The record was not removed</source>
        <translation>Der Nachweis wurde nicht entfernt</translation>
    </message>
    <message>
        <source>1 course</source>
        <translation>1 Kurs</translation>
    </message>
    <message>
        <source>%1 courses</source>
        <translation>%1 Kurse</translation>
    </message>
    <message>
        <source>%1 · %2 to study at up to %3 hours a week · %4</source>
        <translation>%1 · %2 mit bis zu %3 Stunden pro Woche · %4</translation>
    </message>
    <message>
        <source>1 course fits</source>
        <translation>1 Kurs passt</translation>
    </message>
    <message>
        <source>%1 courses fit</source>
        <translation>%1 Kurse passen</translation>
    </message>
    <message>
        <source>%1 · %2 (finished by %3); the others cannot be placed as they stand: see the messages beside them.</source>
        <translation>%1 · %2 (fertig bis %3); die übrigen lassen sich so nicht einplanen: siehe die Hinweise bei ihnen.</translation>
    </message>
</context>
<context>
    <name>Cairn::Ui::PresentationMode</name>
    <message>
        <source>&amp;Presentation Mode</source>
        <translation>&amp;Präsentationsmodus</translation>
    </message>
    <message>
        <source>Leave Presentation Mode</source>
        <translation>Präsentationsmodus verlassen</translation>
    </message>
    <message>
        <source>Full screen, larger type, and the learner&apos;s name, grades, notes and costs hidden</source>
        <translation>Vollbild, größere Schrift, und Name, Noten, Notizen und Kosten der lernenden Person verborgen</translation>
    </message>
</context>
<context>
    <name>Cairn::Ui::ProblemsDialog</name>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>&amp;Copy All</source>
        <translation>Alles &amp;kopieren</translation>
    </message>
</context>
<context>
    <name>Cairn::Ui::ProfileController</name>
    <message>
        <source>&amp;New Profile…</source>
        <translation>&amp;Neues Profil…</translation>
    </message>
    <message>
        <source>&amp;Edit Profile…</source>
        <translation>Profil &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Rename Profile…</source>
        <translation>Profil &amp;umbenennen…</translation>
    </message>
    <message>
        <source>D&amp;uplicate Profile…</source>
        <translation>Profil &amp;duplizieren…</translation>
    </message>
    <message>
        <source>&amp;Delete Profile…</source>
        <translation>Profil &amp;löschen…</translation>
    </message>
    <message>
        <source>&amp;Switch To</source>
        <translation>&amp;Wechseln zu</translation>
    </message>
    <message>
        <source>Create a learner profile</source>
        <translation>Ein Lernprofil anlegen</translation>
    </message>
    <message>
        <source>Change the name, study hours, budget, availability and goals</source>
        <translation>Name, Lernzeit, Budget, Verfügbarkeit und Ziele ändern</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>The profile you are working on</source>
        <translation>Das Profil, an dem Sie arbeiten</translation>
    </message>
    <message>
        <source>The profile could not be opened</source>
        <translation>Das Profil konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>It may have been deleted.</source>
        <translation>Es wurde vielleicht gelöscht.</translation>
    </message>
    <message>
        <source>No profile</source>
        <translation>Kein Profil</translation>
    </message>
    <message>
        <source>New Profile</source>
        <translation>Neues Profil</translation>
    </message>
    <message>
        <source>The profile was not created</source>
        <translation>Das Profil wurde nicht angelegt</translation>
    </message>
    <message>
        <source>Edit Profile</source>
        <translation>Profil bearbeiten</translation>
    </message>
    <message>
        <source>The profile was not changed</source>
        <translation>Das Profil wurde nicht geändert</translation>
    </message>
    <message>
        <source>Rename Profile</source>
        <translation>Profil umbenennen</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
    <message>
        <source>The profile was not renamed</source>
        <translation>Das Profil wurde nicht umbenannt</translation>
    </message>
    <message>
        <source>Duplicate Profile</source>
        <translation>Profil duplizieren</translation>
    </message>
    <message>
        <source>Name of the copy:</source>
        <translation>Name der Kopie:</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>The profile was not duplicated</source>
        <translation>Das Profil wurde nicht dupliziert</translation>
    </message>
    <message>
        <source>Delete Profile</source>
        <translation>Profil löschen</translation>
    </message>
    <message>
        <source>Delete the profile “%1” and its %2 records?</source>
        <translation>Das Profil „%1“ und seine %2 Nachweise löschen?</translation>
    </message>
    <message>
        <source>This cannot be undone. Export the profile first to keep a copy.</source>
        <translation>Das lässt sich nicht rückgängig machen. Exportieren Sie das Profil vorher, um eine Kopie zu behalten.</translation>
    </message>
    <message>
        <source>&amp;Delete Profile</source>
        <translation>Profil &amp;löschen</translation>
    </message>
    <message>
        <source>The profile was not deleted</source>
        <translation>Das Profil wurde nicht gelöscht</translation>
    </message>
</context>
<context>
    <name>Cairn::Ui::ProfileDialog</name>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Hours a week</source>
        <translation>Stunden pro Woche</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>Anlass</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <source>Hours a week in this period</source>
        <translation>Stunden pro Woche in diesem Zeitraum</translation>
    </message>
    <message>
        <source>What the period is</source>
        <translation>Anlass des Zeitraums</translation>
    </message>
    <message>
        <source>Your name, or the learner&apos;s</source>
        <translation>Ihr Name oder der der lernenden Person</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> Stunden</translation>
    </message>
    <message>
        <source>Spend at most</source>
        <translation>Höchstens ausgeben</translation>
    </message>
    <message>
        <source>Budget amount</source>
        <translation>Budgetbetrag</translation>
    </message>
    <message>
        <source>Budget currency</source>
        <translation>Budgetwährung</translation>
    </message>
    <message>
        <source>Availability periods</source>
        <translation>Verfügbarkeitszeiträume</translation>
    </message>
    <message>
        <source>&amp;Add Period</source>
        <translation>Zeitraum &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove Period</source>
        <translation>Zeitraum &amp;entfernen</translation>
    </message>
    <message>
        <source>Find a qualification</source>
        <translation>Qualifikation suchen</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Study time a week</source>
        <translation>&amp;Lernzeit pro Woche</translation>
    </message>
    <message>
        <source>&amp;Yearly budget</source>
        <translation>&amp;Jahresbudget</translation>
    </message>
    <message>
        <source>&amp;Availability</source>
        <translation>&amp;Verfügbarkeit</translation>
    </message>
    <message>
        <source>&amp;Goals</source>
        <translation>&amp;Ziele</translation>
    </message>
    <message>
        <source>E&amp;xchange rates</source>
        <translation>&amp;Wechselkurse</translation>
    </message>
</context>
<context>
    <name>Cairn::Ui::QualificationsView</name>
    <message>
        <source>&amp;Audit</source>
        <translation>&amp;Prüfung</translation>
    </message>
    <message>
        <source>&amp;Compare All Qualifications</source>
        <translation>Alle Qualifikationen &amp;vergleichen</translation>
    </message>
</context>
<context>
    <name>Cairn::Ui::RecordDelegate</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Date completed</source>
        <translation>Abschlussdatum</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Startdatum</translation>
    </message>
</context>
<context>
    <name>Cairn::Ui::RecordsModel</name>
    <message>
        <source>(not in the catalogue)</source>
        <translation>(nicht im Katalog)</translation>
    </message>
    <message>
        <source>%1 · %2 h a week</source>
        <extracomment>a course&apos;s place in the plan: dates, then weekly hours</extracomment>
        <translation>%1 · %2 Std. pro Woche</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>a group of records: &quot;Planned (3)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
</context>
<context>
    <name>Cairn::Ui::ReportController</name>
    <message>
        <source>Export &amp;Report…</source>
        <translation>&amp;Bericht exportieren…</translation>
    </message>
    <message>
        <source>&amp;Print Report…</source>
        <translation>Bericht &amp;drucken…</translation>
    </message>
    <message>
        <source>Export Plan as &amp;CSV…</source>
        <translation>Plan als &amp;CSV exportieren…</translation>
    </message>
    <message>
        <source>Export &amp;Handout…</source>
        <translation>&amp;Handout exportieren…</translation>
    </message>
    <message>
        <source>Write the open profile&apos;s progress report as a PDF</source>
        <translation>Den Fortschrittsbericht des offenen Profils als PDF schreiben</translation>
    </message>
    <message>
        <source>Print the open profile&apos;s progress report, after a preview</source>
        <translation>Den Fortschrittsbericht des offenen Profils nach einer Vorschau drucken</translation>
    </message>
    <message>
        <source>Write the plan&apos;s courses and dates as a CSV file for a spreadsheet</source>
        <translation>Kurse und Termine des Plans als CSV-Datei für eine Tabellenkalkulation schreiben</translation>
    </message>
    <message>
        <source>Write a pathway handout for advisors as a PDF, without any learner data</source>
        <translation>Ein Handout zum Bildungsweg für die Beratung als PDF schreiben, ohne Lernendendaten</translation>
    </message>
    <message>
        <source>Open a profile first: the report is about one learner.</source>
        <translation>Zuerst ein Profil öffnen: Der Bericht gilt einer lernenden Person.</translation>
    </message>
    <message>
        <source>The catalogue is still being read; try again in a moment.</source>
        <translation>Der Katalog wird noch gelesen; gleich noch einmal versuchen.</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
    <message>
        <source>Nothing was written</source>
        <translation>Nichts wurde geschrieben</translation>
    </message>
    <message>
        <source>There is no qualification %1 in the catalogue.</source>
        <translation>Der Katalog hat keine Qualifikation %1.</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>%1 progress report.pdf</source>
        <translation>%1 Fortschrittsbericht.pdf</translation>
    </message>
    <message>
        <source>Print Report</source>
        <translation>Bericht drucken</translation>
    </message>
    <message>
        <source>Export Plan</source>
        <translation>Plan exportieren</translation>
    </message>
    <message>
        <source>%1 plan.csv</source>
        <translation>%1 Plan.csv</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>The catalogue has no qualification to make a handout of.</source>
        <translation>Der Katalog hat keine Qualifikation für ein Handout.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Export Handout</source>
        <translation>Handout exportieren</translation>
    </message>
    <message>
        <source>Pathway of:</source>
        <translation>Bildungsweg von:</translation>
    </message>
    <message>
        <source>%1 pathway.pdf</source>
        <translation>%1 Bildungsweg.pdf</translation>
    </message>
</context>
<context>
    <name>Cairn::Ui::RestoreDialog</name>
    <message>
        <source>Before an import</source>
        <translation>Vor einem Import</translation>
    </message>
    <message>
        <source>Before an upgrade of Cairn</source>
        <translation>Vor einer Aktualisierung von Cairn</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Täglich</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation>Von Hand angelegt</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Choose the backup to put in the database&apos;s place. The database as it is now is kept beside it, and Cairn starts again on the backup.</source>
        <translation>Wählen Sie die Sicherung, die an die Stelle der Datenbank treten soll. Die Datenbank, wie sie jetzt ist, bleibt daneben erhalten, und Cairn startet mit der Sicherung neu.</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Anlass</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
</context>
<context>
    <name>Cairn::Ui::Sidebar</name>
    <message>
        <source>Catalogue</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <source>My plan</source>
        <translation>Mein Plan</translation>
    </message>
    <message>
        <source>Qualifications</source>
        <translation>Qualifikationen</translation>
    </message>
    <message>
        <source>Pathways</source>
        <translation>Lernpfade</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Ansichten</translation>
    </message>
</context>
<context>
    <name>Cairn::Ui::StudyCentreController</name>
    <message>
        <source>Connect to &amp;Study Centre…</source>
        <translation>Mit &amp;Lernzentrum verbinden…</translation>
    </message>
    <message>
        <source>Use a study centre&apos;s shared catalogue and profiles on its server</source>
        <translation>Den gemeinsamen Katalog und die Profile auf dem Server eines Lernzentrums nutzen</translation>
    </message>
    <message>
        <source>Re&amp;connect to Study Centre</source>
        <translation>Erneut mit Lernzentrum &amp;verbinden</translation>
    </message>
    <message>
        <source>Try the study centre&apos;s server again after it could not be reached</source>
        <translation>Den Server des Lernzentrums erneut versuchen, nachdem er nicht erreichbar war</translation>
    </message>
    <message>
        <source>Use This Computer&apos;s &amp;Database</source>
        <translation>&amp;Datenbank dieses Computers verwenden</translation>
    </message>
    <message>
        <source>Leave the study centre&apos;s server and use the database on this computer</source>
        <translation>Den Server des Lernzentrums verlassen und die Datenbank auf diesem Computer nutzen</translation>
    </message>
    <message>
        <source>The study centre&apos;s server cannot be reached: this is a read-only copy of what was last read. File ▸ Reconnect to Study Centre tries again.</source>
        <translation>Der Server des Lernzentrums ist nicht erreichbar: Dies ist eine schreibgeschützte Kopie des zuletzt Gelesenen. Datei ▸ Erneut mit Lernzentrum verbinden versucht es wieder.</translation>
    </message>
    <message>
        <source>The study centre&apos;s server cannot be reached, and no copy could be kept (%1). File ▸ Reconnect to Study Centre tries again.</source>
        <translation>Der Server des Lernzentrums ist nicht erreichbar, und es konnte keine Kopie behalten werden (%1). Datei ▸ Erneut mit Lernzentrum verbinden versucht es wieder.</translation>
    </message>
    <message>
        <source>Connected to the study centre&apos;s server again.</source>
        <translation>Wieder mit dem Server des Lernzentrums verbunden.</translation>
    </message>
</context>
<context>
    <name>Cairn::Ui::TimelineWidget</name>
    <message>
        <source>Study timeline</source>
        <translation>Lernzeitleiste</translation>
    </message>
    <message>
        <source>Nothing is scheduled.</source>
        <translation>Nichts ist eingeplant.</translation>
    </message>
    <message>
        <source>%1 courses from %2 to %3</source>
        <translation>%1 Kurse vom %2 bis %3</translation>
    </message>
    <message>
        <source>Study hours a week; the line shows the hours available</source>
        <translation>Lernstunden pro Woche; die Linie zeigt die verfügbaren Stunden</translation>
    </message>
    <message>
        <source>%1 %2
%3
%4 hours a week</source>
        <translation>%1 %2
%3
%4 Stunden pro Woche</translation>
    </message>
    <message>
        <source>Week of %1: %2 of %3 hours</source>
        <translation>Woche ab %1: %2 von %3 Stunden</translation>
    </message>
</context>
<context>
    <name>Cairn::Ui::UpgradeNotice</name>
    <message>
        <source>Upgrading %1 for this version of Cairn (a copy is kept first)…</source>
        <translation>%1 wird für diese Version von Cairn aktualisiert (zuerst wird eine Kopie angelegt) …</translation>
    </message>
    <message>
        <source>Cairn</source>
        <translation>Cairn</translation>
    </message>
</context>
<context>
    <name>Cairn::Ui::WelcomePage</name>
    <message>
        <source>Open the demo</source>
        <translation>Demo öffnen</translation>
    </message>
    <message>
        <source>63 courses from five providers, ten qualifications and a learner part-way through a diploma: the quickest way to see what Cairn does.</source>
        <translation>63 Kurse von fünf Anbietern, zehn Qualifikationen und eine Lernende mitten in einem Diplom: der schnellste Weg, Cairn kennenzulernen.</translation>
    </message>
    <message>
        <source>Import a catalogue</source>
        <translation>Katalog importieren</translation>
    </message>
    <message>
        <source>A catalogue bundle from your provider or study centre (a .json file).</source>
        <translation>Ein Katalogpaket Ihres Anbieters oder Lernzentrums (eine .json-Datei).</translation>
    </message>
    <message>
        <source>Create a profile</source>
        <translation>Profil anlegen</translation>
    </message>
    <message>
        <source>Start with your own name, weekly hours and goals; add courses as you find them.</source>
        <translation>Beginnen Sie mit Ihrem Namen, Ihrer Wochenzeit und Ihren Zielen; Kurse kommen hinzu, wenn Sie sie finden.</translation>
    </message>
    <message>
        <source>Welcome to Cairn</source>
        <translation>Willkommen bei Cairn</translation>
    </message>
    <message>
        <source>See what you have earned, what counts toward which qualification, what is still missing, and the fastest or cheapest way to finish. Everything stays on this computer.</source>
        <translation>Sehen Sie, was Sie erworben haben, was für welche Qualifikation zählt, was noch fehlt und wie Sie am schnellsten oder günstigsten abschließen. Alles bleibt auf diesem Computer.</translation>
    </message>
</context>
<context>
    <name>Cairn::Ui::WhatIfModel</name>
    <message>
        <source>price unknown</source>
        <translation>Preis unbekannt</translation>
    </message>
    <message>
        <source>%1 and more</source>
        <translation>%1 und mehr</translation>
    </message>
    <message>
        <source>%1 — %2 (goal)</source>
        <translation>%1 — %2 (Ziel)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Complete with what is planned.</source>
        <translation>Mit dem Geplanten vollständig.</translation>
    </message>
    <message>
        <source>The catalogue has too few courses to finish this qualification.</source>
        <translation>Der Katalog hat zu wenige Kurse, um diese Qualifikation abzuschließen.</translation>
    </message>
    <message>
        <source>%1 — %2
%3% done with what is planned</source>
        <translation>%1 — %2
%3 % erledigt mit dem Geplanten</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>Qualifikation</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Still needed</source>
        <translation>Noch nötig</translation>
    </message>
    <message>
        <source>Needed without plans</source>
        <translation>Nötig ohne Pläne</translation>
    </message>
    <message>
        <source>Est. cost to finish</source>
        <translation>Gesch. Kosten bis zum Abschluss</translation>
    </message>
    <message>
        <source>Est. hours</source>
        <translation>Gesch. Stunden</translation>
    </message>
    <message>
        <source>Credits still needed, counting what is enrolled and planned</source>
        <translation>Noch nötige Credits, Eingeschriebenes und Geplantes mitgezählt</translation>
    </message>
    <message>
        <source>Credits still needed, counting only what is completed or recognised</source>
        <translation>Noch nötige Credits, nur Abgeschlossenes und Anerkanntes gezählt</translation>
    </message>
    <message>
        <source>A rough estimate: the suggested courses for every open requirement, topped up with the cheapest eligible courses (courses: %1).</source>
        <translation>Eine grobe Schätzung: die vorgeschlagenen Kurse für jede offene Anforderung, ergänzt um die günstigsten zulässigen Kurse (Kurse: %1).</translation>
    </message>
    <message>
        <source>Estimating what finishing would take…</source>
        <translation>Schätze, was bis zum Abschluss nötig ist …</translation>
    </message>
</context>
<context>
    <name>Cairn::Ui::WhatIfPanel</name>
    <message>
        <source>&amp;Open Audit</source>
        <translation>Prüfung ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Make This a &amp;Goal</source>
        <translation>Als &amp;Ziel setzen</translation>
    </message>
    <message>
        <source>Qualifications ranked by credits still needed</source>
        <translation>Qualifikationen nach noch nötigen Credits geordnet</translation>
    </message>
    <message>
        <source>Ranking progress</source>
        <translation>Fortschritt der Rangfolge</translation>
    </message>
    <message>
        <source>Ranking %1 of %2 qualifications…</source>
        <translation>%1 von %2 Qualifikationen eingeordnet …</translation>
    </message>
    <message>
        <source>Reading the catalogue…</source>
        <translation>Katalog wird gelesen …</translation>
    </message>
    <message>
        <source>Qualifications ranked for %1 (%2), fewest credits still needed first.</source>
        <translation>Qualifikationen für %1 eingeordnet (%2), die wenigsten noch nötigen Credits zuerst.</translation>
    </message>
    <message>
        <source>Qualifications ranked for %1 (%2), fewest credits still needed first. Estimating what finishing would take: %3 of %4…</source>
        <translation>Qualifikationen für %1 eingestuft (%2), die mit den wenigsten noch nötigen Credits zuerst. Schätze, was bis zum Abschluss nötig ist: %3 von %4 …</translation>
    </message>
</context>
<context>
    <name>Cairn::Ui::Workspace</name>
    <message>
        <source>There is no profile called %1.</source>
        <translation>Es gibt kein Profil namens %1.</translation>
    </message>
    <message>
        <source>No profile is open.</source>
        <translation>Kein Profil ist geöffnet.</translation>
    </message>
    <message>
        <source>Create or open a profile first.</source>
        <translation>Legen Sie zuerst ein Profil an oder öffnen Sie eines.</translation>
    </message>
    <message>
        <source>Create a profile to plan courses in.</source>
        <translation>Legen Sie ein Profil an, um darin Kurse zu planen.</translation>
    </message>
    <message>
        <source>Plan %1</source>
        <translation>%1 planen</translation>
    </message>
    <message>
        <source>Plan %1 Courses</source>
        <translation>%1 Kurse planen</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>Edit Course %1</source>
        <translation>Kurs %1 bearbeiten</translation>
    </message>
    <message>
        <source>New Course %1</source>
        <translation>Neuer Kurs %1</translation>
    </message>
    <message>
        <source>There is no course %1.</source>
        <translation>Den Kurs %1 gibt es nicht.</translation>
    </message>
    <message>
        <source>Delete Course %1</source>
        <translation>Kurs %1 löschen</translation>
    </message>
    <message>
        <source>Edit Provider %1</source>
        <translation>Anbieter %1 bearbeiten</translation>
    </message>
    <message>
        <source>New Provider %1</source>
        <translation>Neuer Anbieter %1</translation>
    </message>
    <message>
        <source>There is no provider %1.</source>
        <translation>Den Anbieter %1 gibt es nicht.</translation>
    </message>
    <message>
        <source>Delete Provider %1</source>
        <translation>Anbieter %1 löschen</translation>
    </message>
    <message>
        <source>Edit Skill %1</source>
        <translation>Kompetenz %1 bearbeiten</translation>
    </message>
    <message>
        <source>New Skill %1</source>
        <translation>Neue Kompetenz %1</translation>
    </message>
    <message>
        <source>There is no skill %1.</source>
        <translation>Die Kompetenz %1 gibt es nicht.</translation>
    </message>
    <message>
        <source>Delete Skill %1</source>
        <translation>Kompetenz %1 löschen</translation>
    </message>
    <message>
        <source>Edit Qualification %1</source>
        <translation>Qualifikation %1 bearbeiten</translation>
    </message>
    <message>
        <source>New Qualification %1</source>
        <translation>Neue Qualifikation %1</translation>
    </message>
    <message>
        <source>There is no qualification %1.</source>
        <translation>Die Qualifikation %1 gibt es nicht.</translation>
    </message>
    <message>
        <source>Delete Qualification %1</source>
        <translation>Qualifikation %1 löschen</translation>
    </message>
    <message>
        <source>Make %1 a Goal</source>
        <translation>%1 als Ziel setzen</translation>
    </message>
    <message>
        <source>That decision is no longer in the profile.</source>
        <translation>Diese Entscheidung ist nicht mehr im Profil.</translation>
    </message>
    <message>
        <source>Waive a Requirement of %1</source>
        <translation>Eine Anforderung von %1 erlassen</translation>
    </message>
    <message>
        <source>Count %1 toward %2</source>
        <translation>%1 für %2 anrechnen</translation>
    </message>
    <message>
        <source>Exclude %1 from %2</source>
        <translation>%1 von %2 ausschließen</translation>
    </message>
    <message>
        <source>Edit Decision about %1</source>
        <translation>Entscheidung zu %1 bearbeiten</translation>
    </message>
    <message>
        <source>Remove Decision about %1</source>
        <translation>Entscheidung zu %1 entfernen</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Lernende Person</translation>
    </message>
    <message>
        <source>saved again with the same content</source>
        <translation>mit demselben Inhalt erneut gespeichert</translation>
    </message>
    <message>
        <source>changed: %1</source>
        <translation>geändert: %1</translation>
    </message>
    <message>
        <source>%1 was changed at another desk or in another window (%2). Your change was not saved; the profile now shows that version, and its undo history was cleared.</source>
        <translation>%1 wurde an einem anderen Arbeitsplatz oder in einem anderen Fenster geändert (%2). Ihre Änderung wurde nicht gespeichert; das Profil zeigt jetzt diese Fassung, und sein Rückgängig-Verlauf wurde geleert.</translation>
    </message>
    <message>
        <source>The connection to the study centre&apos;s server was lost, so this change was not saved.</source>
        <translation>Die Verbindung zum Server des Lernzentrums ist abgebrochen; diese Änderung wurde daher nicht gespeichert.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Plan stackable study: micro-credentials toward qualifications.</source>
        <translation>Stapelbares Lernen planen: Microcredentials auf dem Weg zu Qualifikationen.</translation>
    </message>
    <message>
        <source>Use the SQLite database PATH (default: %1).</source>
        <translation>Die SQLite-Datenbank PATH verwenden (Standard: %1).</translation>
    </message>
    <message>
        <source>Load the demo catalogue and learner when the database has no courses.</source>
        <translation>Den Demokatalog und die Demo-Lernende laden, wenn die Datenbank keine Kurse hat.</translation>
    </message>
    <message>
        <source>Cairn cannot start</source>
        <translation>Cairn kann nicht starten</translation>
    </message>
    <message>
        <source>Open the profile called NAME.</source>
        <translation>Das Profil namens NAME öffnen.</translation>
    </message>
    <message>
        <source>Open VIEW: catalogue, plan, qualifications, pathways or dashboard.</source>
        <translation>Die Ansicht VIEW öffnen: catalogue, plan, qualifications, pathways oder dashboard.</translation>
    </message>
    <message>
        <source>Use the THEME: system, light or dark.</source>
        <translation>Das Erscheinungsbild THEME verwenden: system, light oder dark.</translation>
    </message>
    <message>
        <source>Render the window to the PNG file FILE once its data has loaded, and exit.</source>
        <translation>Das Fenster nach dem Laden seiner Daten in die PNG-Datei FILE zeichnen und beenden.</translation>
    </message>
    <message>
        <source>unknown theme &quot;%1&quot;</source>
        <translation>unbekanntes Erscheinungsbild „%1“</translation>
    </message>
    <message>
        <source>unknown view &quot;%1&quot;</source>
        <translation>unbekannte Ansicht „%1“</translation>
    </message>
    <message>
        <source>Show the audit of the qualification CODE (opens the qualifications view unless --view says otherwise).</source>
        <translation>Die Prüfung der Qualifikation CODE zeigen (öffnet die Ansicht Qualifikationen, sofern --view nichts anderes sagt).</translation>
    </message>
    <message>
        <source>no qualification &quot;%1&quot; in %2</source>
        <translation>keine Qualifikation „%1“ in %2</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>Die Datenbank ist beschädigt</translation>
    </message>
    <message>
        <source>Restore the backup of %1? The damaged file is kept.</source>
        <translation>Die Sicherung vom %1 wiederherstellen? Die beschädigte Datei bleibt erhalten.</translation>
    </message>
    <message>
        <source>&amp;Restore the Backup</source>
        <translation>Sicherung &amp;wiederherstellen</translation>
    </message>
    <message>
        <source>cannot start Cairn again</source>
        <translation>Cairn kann nicht neu gestartet werden</translation>
    </message>
    <message>
        <source>The database is in use</source>
        <translation>Die Datenbank wird verwendet</translation>
    </message>
    <message>
        <source>Cairn cannot use this file</source>
        <translation>Cairn kann diese Datei nicht verwenden</translation>
    </message>
    <message>
        <source>&amp;Open Another Database…</source>
        <translation>Andere Datenbank ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>&amp;Start a New Database…</source>
        <translation>Neue Datenbank &amp;beginnen …</translation>
    </message>
    <message>
        <source>Start in presentation mode: full screen, larger type, the learner&apos;s personal details hidden (F5 or Esc leaves it).</source>
        <translation>Im Präsentationsmodus starten: Vollbild, größere Schrift, persönliche Angaben der lernenden Person verborgen (F5 oder Esc beendet ihn).</translation>
    </message>
    <message>
        <source>Use a study centre&apos;s PostgreSQL server instead of a database file: a libpq connection string such as &quot;host=centre dbname=cairn&quot;, or &quot;service=centre&quot; (docs/STUDY_CENTRE.md).</source>
        <translation>Den PostgreSQL-Server eines Lernzentrums statt einer Datenbankdatei verwenden: eine libpq-Verbindungsangabe wie &quot;host=zentrum dbname=cairn&quot; oder &quot;service=zentrum&quot; (docs/STUDY_CENTRE.md).</translation>
    </message>
    <message>
        <source>use either --database or --server, not both</source>
        <translation>entweder --database oder --server angeben, nicht beides</translation>
    </message>
    <message>
        <source>The study centre&apos;s server cannot be reached</source>
        <translation>Der Server des Lernzentrums ist nicht erreichbar</translation>
    </message>
</context>
</TS>
