#pragma once

#include <QString>

namespace Cairn::Core {

// An advisor's decision about one learner and one qualification, always with
// a reason. Overrides feed the optimal allocation; they do not patch its result.
struct AuditOverride
{
    enum class Kind {
        Waive,      // `node` (a requirement path) counts as met
        Substitute, // `course` counts toward the leaf `node` even though it does not match it
        Exclude     // `course` does not count toward this qualification at all
    };

    Kind kind = Kind::Waive;
    QString qualification;
    QString node;   // "requirements.allOf[2]" (Waive, Substitute)
    QString course; // Substitute, Exclude
    QString reason;
    QString advisor; // who decided; may be empty in files written before it was kept

    bool operator==(const AuditOverride &) const = default;
};

} // namespace Cairn::Core
