#pragma once

#include "jsonvalue.h"
#include "model/money.h"
#include "problems.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

#include <limits>
#include <optional>

namespace Cairn::Core {

QString jsonChildPath(const QString &parent, QStringView key); // "a.b"
QString jsonIndexPath(const QString &parent, qsizetype index); // "a[3]"

enum class Presence { Required, Optional };

// Reads typed fields out of JSON objects and records a Problem, with the JSON
// path and what was expected, for every key that is missing or of the wrong
// type. An optional key that is absent yields std::nullopt without a problem.
class JsonFieldReader final
{
    Q_DECLARE_TR_FUNCTIONS(Cairn::Core::JsonFieldReader)

public:
    enum class NumberRule { Any, Positive, NonNegative };

    explicit JsonFieldReader(Problems &problems) : m_problems(problems) { }

    std::optional<QString> string(const JsonObjectView &object, QStringView key, const QString &path,
                                  Presence presence);
    // A number above `maximum` is refused as well (see model/limits.h).
    std::optional<double> number(const JsonObjectView &object, QStringView key, const QString &path,
                                 Presence presence, NumberRule rule = NumberRule::Any,
                                 double maximum = std::numeric_limits<double>::max());
    std::optional<int> integer(const JsonObjectView &object, QStringView key, const QString &path,
                               Presence presence, int minimum = std::numeric_limits<int>::min(),
                               int maximum = 1'000'000'000);
    // An amount of money: a number from 0 to Limits::amount with at most four
    // decimals (model/money.h).
    std::optional<Amount> amount(const JsonObjectView &object, QStringView key, const QString &path,
                                 Presence presence);
    // An ISO 4217 code: three capital letters.
    std::optional<QString> currency(const JsonObjectView &object, QStringView key, const QString &path,
                                    Presence presence);
    std::optional<QDate> date(const JsonObjectView &object, QStringView key, const QString &path,
                              Presence presence);
    std::optional<QStringList> stringList(const JsonObjectView &object, QStringView key,
                                          const QString &path, Presence presence);
    std::optional<JsonArrayView> array(const JsonObjectView &object, QStringView key, const QString &path,
                                    Presence presence);
    std::optional<JsonObjectView> object(const JsonObjectView &object, QStringView key, const QString &path,
                                      Presence presence);

    // A value that must be an object, e.g. an element of an array.
    std::optional<JsonObjectView> asObject(const JsonView &value, const QString &path);

    void addProblem(const QString &path, const QString &message) { m_problems.add(path, message); }
    Problems &problems() { return m_problems; }

private:
    bool present(const JsonObjectView &object, QStringView key, const QString &path, Presence presence);

    Problems &m_problems;
};

// Parses an ISO YYYY-MM-DD date; an invalid date yields a null QDate.
QDate parseIsoDate(const QString &text);

} // namespace Cairn::Core
