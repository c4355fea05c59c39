#pragma once

#include <QString>

namespace Cairn::Core {

// An awarding body: who issues the credential, where, and under whose quality
// assurance (EU micro-credential elements "awarding body", "country", "quality assurance").
struct Provider
{
    QString id;
    QString name;
    QString country;          // ISO 3166-1 alpha-2, free text accepted
    QString qualityAssurance; // e.g. "NZQA", "QAA"

    bool operator==(const Provider &) const = default;
};

// A skill a course teaches, optionally linked to a shared vocabulary such as ESCO.
struct Skill
{
    QString id;
    QString label;
    QString uri;

    bool operator==(const Skill &) const = default;
};

} // namespace Cairn::Core
