# Deliberate bugs the tests must catch (tests/mutants/run.py). Each replaces
# one exact piece of text in one file; `tests` are the ctest names that must
# then fail. When the code a mutant names changes, the runner says the text
# is gone rather than report a mutant as caught.
MUTANTS = [
    {
        "name": "greedy allocation instead of the optimal one",
        "file": "core/audit/allocation.cpp",
        "find": "    return allocateWithin(problem, AllocationLimits());",
        "replace": "    return allocateFirstFit(problem);",
        "tests": ["tst_auditor", "tst_allocation"],
    },
    {
        "name": "the integer programme lets an anyOf count one child too few",
        "file": "core/audit/allocationprogramme.cpp",
        "find": "m_build.row(chosen, double(k), true);",
        "replace": "m_build.row(chosen, double(k - 1), true);",
        "tests": ["tst_allocation"],
    },
    {
        "name": "the programme rounds its bound to a credit step the figures do not share",
        "file": "core/audit/allocation.cpp",
        "find": "    return double(step) / 1000.0;",
        "replace": "    return 2.5;",
        "tests": ["tst_allocation"],
    },
    {
        "name": "the programme caps a course's credits at half what a leaf still needs",
        "file": "core/audit/allocationprogramme.cpp",
        "find": "term.second = std::min(term.second, open);",
        "replace": "term.second = std::min(term.second, open / 2);",
        "tests": ["tst_allocation"],
    },
    {
        "name": "a local move recomputes only its first leaf's ancestors",
        "file": "core/audit/requirementtree.cpp",
        "find": "    for (const auto &[leaf, value] : leaves) {\n        for (int n",
        "replace": "    for (const auto &[leaf, value] : {*leaves.begin()}) {\n        for (int n",
        "tests": ["tst_allocation"],
    },
    {
        "name": "one cap ignored in the counted total",
        "file": "core/audit/countedtotal.cpp",
        "find": "        if (members > cap.limit)\n            binding.push_back(&cap);",
        "replace": "        if (members > cap.limit && &cap != &caps.front())\n            binding.push_back(&cap);",
        "tests": ["tst_auditor", "tst_countedtotal"],
    },
    {
        "name": "anyOf counts one child too few",
        "file": "core/audit/requirementtree.cpp",
        "find": "size_t(std::max(count, 0))",
        "replace": "size_t(std::max(count - 1, 0))",
        "tests": ["tst_auditor", "tst_allocation"],
    },
    {
        "name": "currency expiry off by a day",
        "file": "core/audit/auditor.cpp",
        "find": "record.date < expiryCutoff",
        "replace": "record.date <= expiryCutoff",
        "tests": ["tst_auditor"],
    },
    {
        "name": "weekly budget ignored",
        "file": "core/planner/scheduler.cpp",
        "find": "        if (m_load[size_t(w - m_firstWeek)] + load > m_capacity[size_t(w - m_firstWeek)] + tolerance)\n            return false;",
        "replace": "        if (false && m_load[size_t(w - m_firstWeek)] + load > m_capacity[size_t(w - m_firstWeek)] + tolerance)\n            return false;",
        "tests": ["tst_scheduler"],
    },
    {
        "name": "prerequisites ignored",
        "file": "core/planner/scheduler.cpp",
        "find": "    return prerequisitesAllowFrom(prerequisites, m_problem.start, m_problem.earned, [this](const QString &code) {",
        "replace": "    return m_problem.start;\n    return prerequisitesAllowFrom(prerequisites, m_problem.start, m_problem.earned, [this](const QString &code) {",
        "tests": ["tst_scheduler"],
    },
    {
        "name": "intakes ignored",
        "file": "core/planner/scheduler.cpp",
        "find": "    if (!c.intakes.isEmpty()) {\n        for (const QDate &intake : c.intakes) {",
        "replace": "    if (false) {\n        for (const QDate &intake : c.intakes) {",
        "tests": ["tst_scheduler"],
    },
    {
        "name": "a large import's references never checked",
        "file": "core/storage/cataloguerepository.cpp",
        "find": "    if (references) {\n        if (Status s = references->check(",
        "replace": "    if (false) {\n        if (Status s = references->check(",
        "tests": ["tst_cataloguerepository"],
    },
    {
        "name": "a streamed course skipped",
        "file": "core/io/cataloguereader.cpp",
        "find": "    for (const CourseSlices::Slice &slice : m_slices) {",
        "replace": "    for (const CourseSlices::Slice &slice : m_slices.mid(1)) {",
        "tests": ["tst_cataloguereader"],
    },
]
