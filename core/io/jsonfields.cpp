#include "jsonfields.h"

#include "model/checks.h"
#include "model/limits.h"

#include <QLocale>

#include <cmath>

namespace Cairn::Core {

QString jsonChildPath(const QString &parent, QStringView key)
{
    return parent.isEmpty() ? key.toString() : parent + u'.' + key;
}

QString jsonIndexPath(const QString &parent, qsizetype index)
{
    return parent + u'[' + QString::number(index) + u']';
}

QDate parseIsoDate(const QString &text)
{
    // Exactly YYYY-MM-DD (QDate::fromString(ISODate) accepts more), checked
    // by hand: a regular expression cost 3,000 instructions a date, and a
    // bundle of 100,000 courses has 300,000 intake dates.
    if (text.size() != 10 || text[4] != u'-' || text[7] != u'-')
        return {};
    const auto number = [&text](qsizetype from, qsizetype count) {
        int value = 0;
        for (qsizetype i = from; i < from + count; ++i) {
            const char16_t c = text[i].unicode();
            if (c < u'0' || c > u'9')
                return -1;
            value = value * 10 + (c - u'0');
        }
        return value;
    };
    const int year = number(0, 4);
    const int month = number(5, 2);
    const int day = number(8, 2);
    if (year < 0 || month < 0 || day < 0)
        return {};
    return QDate(year, month, day); // invalid unless the day exists
}

bool JsonFieldReader::present(const JsonObjectView &object, QStringView key, const QString &path,
                              Presence presence)
{
    const JsonView value = object.value(key);
    if (value.isDefined() && !value.isNull())
        return true;
    if (presence == Presence::Required)
        m_problems.add(jsonChildPath(path, key), tr("is required"));
    return false;
}

std::optional<QString> JsonFieldReader::string(const JsonObjectView &object, QStringView key,
                                               const QString &path, Presence presence)
{
    if (!present(object, key, path, presence))
        return std::nullopt;
    const JsonView value = object.value(key);
    QString text = value.toString();
    if (!value.isString() || (presence == Presence::Required && text.trimmed().isEmpty())) {
        m_problems.add(jsonChildPath(path, key), tr("expected a non-empty string"));
        return std::nullopt;
    }
    return text;
}

std::optional<double> JsonFieldReader::number(const JsonObjectView &object, QStringView key,
                                              const QString &path, Presence presence, NumberRule rule,
                                              double maximum)
{
    if (!present(object, key, path, presence))
        return std::nullopt;
    const JsonView value = object.value(key);
    const double number = value.toDouble();
    switch (rule) {
    case NumberRule::Positive:
        if (!value.isNumber() || !(number > 0) || !std::isfinite(number)) {
            m_problems.add(jsonChildPath(path, key), tr("expected a positive number"));
            return std::nullopt;
        }
        break;
    case NumberRule::NonNegative:
        if (!value.isNumber() || !(number >= 0) || !std::isfinite(number)) {
            m_problems.add(jsonChildPath(path, key), tr("expected a number of at least 0"));
            return std::nullopt;
        }
        break;
    case NumberRule::Any:
        if (!value.isNumber() || !std::isfinite(number)) {
            m_problems.add(jsonChildPath(path, key), tr("expected a number"));
            return std::nullopt;
        }
        break;
    }
    if (number > maximum) {
        m_problems.add(jsonChildPath(path, key), tr("expected at most %1").arg(QLocale::c().toString(maximum, 'f', 0)));
        return std::nullopt;
    }
    return number;
}

std::optional<int> JsonFieldReader::integer(const JsonObjectView &object, QStringView key,
                                            const QString &path, Presence presence, int minimum, int maximum)
{
    if (!present(object, key, path, presence))
        return std::nullopt;
    const JsonView value = object.value(key);
    const double number = value.toDouble();
    const bool whole = value.isNumber() && std::floor(number) == number;
    if (whole && number > maximum && maximum < 1'000'000'000) {
        m_problems.add(jsonChildPath(path, key), tr("expected a whole number of at most %1").arg(maximum));
        return std::nullopt;
    }
    if (!whole || number < minimum || number > maximum) {
        m_problems.add(jsonChildPath(path, key),
                       minimum == std::numeric_limits<int>::min()
                           ? tr("expected a whole number")
                           : tr("expected a whole number of at least %1").arg(minimum));
        return std::nullopt;
    }
    return static_cast<int>(number);
}

std::optional<Amount> JsonFieldReader::amount(const JsonObjectView &object, QStringView key, const QString &path,
                                               Presence presence)
{
    const std::optional<double> value = number(object, key, path, presence, NumberRule::NonNegative, Limits::amount);
    if (!value)
        return std::nullopt;
    const std::optional<Amount> exact = Amount::fromDecimal(*value);
    if (!exact)
        m_problems.add(jsonChildPath(path, key), tr("expected an amount with at most four decimal places"));
    return exact;
}

std::optional<QString> JsonFieldReader::currency(const JsonObjectView &object, QStringView key, const QString &path,
                                                Presence presence)
{
    const std::optional<QString> code = string(object, key, path, presence);
    if (code && !isCurrencyCode(*code)) {
        m_problems.add(jsonChildPath(path, key), tr("expected a currency code of three capital letters, such as NZD"));
        return std::nullopt;
    }
    return code;
}

std::optional<QDate> JsonFieldReader::date(const JsonObjectView &object, QStringView key,
                                           const QString &path, Presence presence)
{
    if (!present(object, key, path, presence))
        return std::nullopt;
    const QDate date = parseIsoDate(object.value(key).toString());
    if (!date.isValid()) {
        m_problems.add(jsonChildPath(path, key), tr("expected a date YYYY-MM-DD"));
        return std::nullopt;
    }
    return date;
}

std::optional<QStringList> JsonFieldReader::stringList(const JsonObjectView &object, QStringView key,
                                                       const QString &path, Presence presence)
{
    const std::optional<JsonArrayView> items = array(object, key, path, presence);
    if (!items)
        return std::nullopt;
    QStringList strings;
    strings.reserve(items->size());
    bool ok = true;
    qsizetype i = 0;
    for (const JsonView item : *items) {
        QString text = item.toString();
        if (!item.isString() || text.isEmpty()) {
            m_problems.add(jsonIndexPath(jsonChildPath(path, key), i), tr("expected a non-empty string"));
            ok = false;
        } else {
            strings.append(std::move(text));
        }
        ++i;
    }
    if (!ok)
        return std::nullopt;
    return strings;
}

std::optional<JsonArrayView> JsonFieldReader::array(const JsonObjectView &object, QStringView key,
                                                 const QString &path, Presence presence)
{
    if (!present(object, key, path, presence))
        return std::nullopt;
    const JsonView value = object.value(key);
    if (!value.isArray()) {
        m_problems.add(jsonChildPath(path, key), tr("expected an array"));
        return std::nullopt;
    }
    return value.toArray();
}

std::optional<JsonObjectView> JsonFieldReader::object(const JsonObjectView &object, QStringView key,
                                                   const QString &path, Presence presence)
{
    if (!present(object, key, path, presence))
        return std::nullopt;
    return asObject(object.value(key), jsonChildPath(path, key));
}

std::optional<JsonObjectView> JsonFieldReader::asObject(const JsonView &value, const QString &path)
{
    if (!value.isObject()) {
        m_problems.add(path, tr("expected an object"));
        return std::nullopt;
    }
    return value.toObject();
}

} // namespace Cairn::Core
