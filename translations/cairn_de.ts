<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Cairn::Core::AuditReport</name>
    <message>
        <source>cost unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 without a listed cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: %1 of %2 credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— waived: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 · %3 credits · %4 · %5 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting %1 credit, as of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>earned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>earned and planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete: %1 credits counted of %2 required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not complete: %1 credits still needed (%2% done); %3 credits counted toward the %4 required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: this requirement tree is too intricate to prove the best allocation in time; the allocation shown is the best found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least %1 credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: %1 of at least %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most %1 credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: %1 held, at most %2 count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recognised prior learning: %1 held, at most %2 count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1 over the limit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No longer current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, dated %2, stopped counting on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advisor decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waived %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 counts toward %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 excluded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What if: every qualification, closest first (as of %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 credits to go with your plans (%2 without them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about %1 study hours and %2 more: %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (the catalogue cannot close the gap)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cairn::Core::Auditor</name>
    <message>
        <source> — enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — planned</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cairn::Core::CatalogueReader</name>
    <message>
        <source>&quot;%1&quot; is used more than once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a code of letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>min is greater than max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a date YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cairn::Core::CatalogueReferences</name>
    <message>
        <source>provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a level from %1 to %2 (framework &quot;%3&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a course cannot be its own prerequisite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no %1 &quot;%2&quot; in this catalogue</source>
        <extracomment>%1 is &quot;course&quot;, &quot;provider&quot;, &quot;framework&quot; or &quot;skill&quot;; %2 its id</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>course</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cairn::Core::CatalogueRepository</name>
    <message>
        <source>saving the catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving framework %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving provider %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving skill %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving course %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving qualification %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stored catalogue is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cairn::Core::CatalogueWriter</name>
    <message>
        <source>%1: cannot write the file: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cairn::Core::CommandLine</name>
    <message>
        <source>Try &apos;cairn-cli --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import takes exactly one FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported catalogue &quot;%1&quot; from %2 (courses: %3, qualifications: %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported learner &quot;%1&quot; from %2 (records: %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use &apos;export catalogue FILE&apos; or &apos;export learner NAME FILE&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>learners takes no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No learner profiles yet; import a learner file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (records: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no command given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use either --catalogue and --learner files or --database, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--catalogue needs --learner FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no learner profile; import a learner file first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there are %1 learner profiles; name one with --learner NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--as-of expects a date YYYY-MM-DD, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--mode expects earned or planned, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit takes no positional arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit needs --qualification CODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no qualification &quot;%1&quot; in the catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whatif takes no positional arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan takes no positional arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--optimise expects time or cost, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--optimise needs --qualification CODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--hours-per-week expects a number of hours from 0 to 168, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--start expects a date YYYY-MM-DD, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cairn-cli: no schedule is possible:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the calendar to %1</source>
        <translation type="unfinished"></translation>
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

Where audit, whatif and plan read their data:
  --catalogue FILE --learner FILE
                              Read both files (nothing is stored).
  --database DB [--learner NAME]
                              Use a stored catalogue and learner profile; NAME
                              may be left out when there is only one.

Options:
  --database DB               Use the SQLite database DB instead of
                              %1
  --json                      Print one JSON document instead of text.
  -h, --help                  Show this help.
  -v, --version               Show the version.

Exit status: 0 on success, 1 when a command fails, 2 on a usage error.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cairn::Core::Database</name>
    <message>
        <source>%1: cannot create the folder %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot create the database: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot restrict the database to its owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot open the database: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>setting up the connection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cairn::Core::Explanation</name>
    <message>
        <source>%1 or %2</source>
        <extracomment>joins the last item of a list: &quot;A, B or C&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the courses %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>courses with codes like %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>courses teaching %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at level %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at levels %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at level %1 or above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at level %1 or below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any eligible course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take %1 %2 (%3 credits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 more credits from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete %1 of the %2 parts below (%3 credits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete %1 more of the %2 options below (%3 credits)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cairn::Core::FinishPlanner</name>
    <message>
        <source>a required course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counts toward “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counts toward %1 credits from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a prerequisite of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adds %1 credits toward the %2 required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the catalogue has no set of courses that completes %1 for this learner</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cairn::Core::ICalendarExport</name>
    <message>
        <source>%1: %2 hours of study a week for %3 weeks, %4 to %5.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cairn::Core::Importer</name>
    <message>
        <source>expected &quot;%1&quot; or &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cairn::Core::JsonDocument</name>
    <message>
        <source>not valid JSON at line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a JSON object at the top level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1 is not supported; this Cairn reads version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cairn::Core::JsonFieldReader</name>
    <message>
        <source>is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a non-empty string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a positive number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a number of at least 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a whole number of at least %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a date YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cairn::Core::LearnerFile</name>
    <message>
        <source>expected a code of letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected at most 168 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; already has a record; a course appears in at most one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no qualification &quot;%1&quot; in the catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no framework &quot;%1&quot; in the catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>course &quot;%1&quot; is not in the catalogue, so the record needs %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected exactly one of &quot;waive&quot;, &quot;substitute&quot;, &quot;exclude&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no requirement &quot;%1&quot; in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a course or credits requirement to substitute toward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no record in this learner file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a date on or after &quot;from&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cairn::Core::LearnerRepository</name>
    <message>
        <source>saving learner %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>learner %1 vanished while it was being saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the record of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading learner %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no learner %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stored record of %1 has an unknown status &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no learner named &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removing learner %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the advisor overrides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the advisor overrides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the availability periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the availability periods</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cairn::Core::Migrations</name>
    <message>
        <source>upgrading the schema to version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the schema version; is this a Cairn database?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database was written by a newer Cairn (schema %1); this Cairn understands up to schema %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording the schema version</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cairn::Core::PlanReport</name>
    <message>
        <source>Study plan for %1 from %2 at up to %3 hours a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No schedule is possible:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to schedule: no enrolled or planned courses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished by %1, the earliest possible (no schedule can finish before %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished by %1 (no schedule can finish before %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course      Start       Finish      Hours/week  Cost        Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (enrolled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weeks                      Hours  Courses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no study)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yearly budget: %1 %2 for the courses priced in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fastest way to finish %1 (%2)%3:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, by a heuristic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cheapest way to finish %1 (%2)%3:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to add: the courses already planned complete it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost of the added courses: %1 (amounts added as they are listed)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cairn::Core::Problems</name>
    <message>
        <source>(further problems not shown: %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cairn::Core::RulesJson</name>
    <message>
        <source>min (%1) is greater than max (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected exactly one of &quot;course&quot;, &quot;allOf&quot;, &quot;anyOf&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected exactly one of &quot;course&quot;, &quot;allOf&quot;, &quot;anyOf&quot;, &quot;credits&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected at least one requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected at most %1, the number of alternatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected exactly one of &quot;minCredits&quot;, &quot;maxCredits&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cairn::Core::Scheduler</name>
    <message>
        <source>%1 is enrolled to start on %2, but its prerequisites cannot be finished before that week; change the enrolment or the order of study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs %2 hours a week (%3 hours over %4 weeks), more than the %5 hours a week available; allow at least %2 hours a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 costs %2 %3, more than the yearly budget of %2 %4; raise the budget or choose a cheaper course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs %2, which is neither earned nor in the plan; add it to the plan or record it as earned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no intake on or after %2 (its last intake is %3); choose another course or an earlier start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is enrolled to start on %2, but with the other enrolments and the availability of those weeks it needs more hours than there are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is enrolled to start on %2, but with the other enrolments of %3 it goes over the yearly budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not fit within ten years of %2 at %3 hours a week and the yearly budget; allow more hours a week or money, or plan fewer courses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no intake left once its prerequisites finish (from %2) that fits within %3 hours a week and the yearly budget alongside the rest of the plan (its intakes: %4); allow more hours a week, start earlier, or drop a course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the prerequisites form a cycle: %1; remove one of these courses from the plan or record one as earned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>some courses could not be scheduled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cairn::Core::Sql</name>
    <message>
        <source>database error while %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cairn::Core::Transaction</name>
    <message>
        <source>cannot start a transaction: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot commit the transaction: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cairn::Ui::CatalogueView</name>
    <message>
        <source>Search courses by code, title or provider</source>
        <translation>Kurse nach Code, Titel oder Anbieter suchen</translation>
    </message>
    <message>
        <source>Search courses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Courses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No catalogue yet</source>
        <translation>Noch kein Katalog</translation>
    </message>
    <message>
        <source>Import a catalogue bundle from your provider or study centre, or explore Cairn with the demo catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Catalogue…</source>
        <translation>Katalog &amp;importieren…</translation>
    </message>
    <message>
        <source>Load the &amp;Demo Catalogue</source>
        <translation>&amp;Beispielkatalog laden</translation>
    </message>
</context>
<context>
    <name>Cairn::Ui::CourseTableModel</name>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Kostenlos</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>Cost column: %1 is the ISO currency code, %2 the amount</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Campus</source>
        <translation>Präsenz</translation>
    </message>
    <message>
        <source>Workplace</source>
        <translation>Am Arbeitsplatz</translation>
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
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
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
    <name>Cairn::Ui::MainWindow</name>
    <message>
        <source>Cairn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>Katalog</translation>
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
        <source>Load &amp;Demo Data</source>
        <translation>&amp;Beispieldaten laden</translation>
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
        <source>Courses: %1 · Qualifications: %2</source>
        <translation>Kurse: %1 · Abschlüsse: %2</translation>
    </message>
    <message>
        <source>Imported catalogue “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported learner “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cairn files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>catalogue.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cairn catalogue (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalogue was not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported the catalogue to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo data could not be loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Cairn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Cairn %1&lt;/h3&gt;&lt;p&gt;Plan stackable study: see what you have earned, what counts toward which qualification, what is still missing, and the fastest or cheapest way to finish.&lt;/p&gt;&lt;p&gt;Your data stays on this computer.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Plan stackable study: micro-credentials toward qualifications.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the SQLite database PATH (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the demo catalogue and learner when the database has no courses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render the main window to the PNG file FILE and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cairn cannot start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
