#pragma once

#include "money.h"
#include "requirement.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Cairn::Core {

// The EU "form of participation" of a micro-credential.
enum class DeliveryMode { Online, Campus, Workplace };

QString deliveryModeKey(DeliveryMode mode);                     // "online", ...
std::optional<DeliveryMode> deliveryModeFromKey(QStringView key);
QStringList deliveryModeKeys();

// A micro-credential. Together with its provider and framework it carries every
// standard element of the EU Council Recommendation on micro-credentials.
struct Course
{
    QString code;
    QString title;
    QString provider;    // Provider::id; empty for an external (prior learning) course
    QString framework;   // Framework::id
    double credits = 0.0;
    int level = 0;
    double hours = 0.0;  // notional workload
    int weeks = 1;       // duration of one run of the course
    std::optional<Money> cost;
    QList<DeliveryMode> delivery;
    QList<QDate> intakes; // empty: starts any Monday
    QStringList skills;   // Skill::id
    QStringList outcomes; // learning outcomes
    QString assessment;
    QString description;
    QString url;
    Requirement prerequisites; // Course/AllOf/AnyOf nodes only

    bool operator==(const Course &) const = default;
};

// DESIGN.md defaults: weeks = max(1, ceil(hours / 10)).
int defaultWeeks(double hours);

// Whether `code` is a valid course or qualification code: [A-Za-z0-9._-]+.
bool isValidCode(QStringView code);

} // namespace Cairn::Core
