#pragma once

#include <QDate>
#include <QString>
#include <QtGlobal>

#include <algorithm>
#include <cmath>
#include <compare>
#include <optional>

namespace Cairn::Core {

// An exact amount of money: a whole number of ten-thousandths of the
// currency's main unit. Four decimals hold every ISO 4217 minor unit (most
// currencies have two, a few three or none, the largest four), so sums of
// prices are exact and never drift the way sums of doubles do. Amounts are
// added only within one currency (see Money); the type carries no currency so
// that per-currency totals can be kept in maps keyed by the code.
class Amount final
{
public:
    static constexpr qint64 unitsPerWhole = 10'000;
    static constexpr int decimals = 4;

    constexpr Amount() = default;
    static constexpr Amount fromUnits(qint64 units)
    {
        Amount amount;
        amount.m_units = units;
        return amount;
    }
    // The nearest amount to `value` (amounts arrive as JSON numbers and from
    // spin boxes as doubles); std::nullopt when `value` has more than four
    // decimals, which no currency has.
    static std::optional<Amount> fromDecimal(double value)
    {
        const double scaled = value * double(unitsPerWhole);
        const double whole = std::round(scaled);
        // Allowed off a whole unit: the rounding error of the product (a few
        // ulps, 0.002 units at a billion), far below the 0.1 of a fifth decimal.
        const double slack = std::max(1e-6, std::abs(scaled) * 1e-15);
        if (!std::isfinite(scaled) || std::abs(whole) > 9e15 || std::abs(scaled - whole) > slack)
            return std::nullopt;
        return fromUnits(qint64(whole));
    }
    // The nearest amount, whatever the decimals: for values this program
    // stored itself (SQLite keeps amounts as REAL, which round-trips every
    // Amount) and for spin boxes.
    static Amount rounded(double value)
    {
        return fromUnits(qint64(std::llround(std::clamp(value, -9e11, 9e11) * double(unitsPerWhole))));
    }
    // For display, charts and JSON output; never for adding.
    constexpr double toDouble() const { return double(m_units) / double(unitsPerWhole); }
    constexpr qint64 units() const { return m_units; }
    constexpr bool isZero() const { return m_units == 0; }

    constexpr Amount &operator+=(Amount other)
    {
        m_units += other.m_units;
        return *this;
    }
    constexpr Amount &operator-=(Amount other)
    {
        m_units -= other.m_units;
        return *this;
    }
    friend constexpr Amount operator+(Amount a, Amount b) { return a += b; }
    friend constexpr Amount operator-(Amount a, Amount b) { return a -= b; }
    constexpr auto operator<=>(const Amount &) const = default;

private:
    qint64 m_units = 0;
};

// The amount as plain text for reports: no decimals for a whole amount, two
// for cents, four only when it has them ("1200", "1299.50", "0.0125").
inline QString plainAmount(Amount amount)
{
    const qint64 units = amount.units();
    const int decimals = units % Amount::unitsPerWhole == 0 ? 0 : units % 100 == 0 ? 2 : Amount::decimals;
    return QString::number(amount.toDouble(), 'f', decimals);
}

// A price or a budget: an amount in one currency.
struct Money
{
    Amount amount;
    QString currency; // ISO 4217

    bool operator==(const Money &) const = default;
};

// The learner's own rate between two currencies on a day: one unit of `from`
// is worth `rate` units of `to`. Cairn works offline and knows no rates but
// these; with them, prices in different currencies can be compared.
struct ExchangeRate
{
    QString from; // ISO 4217
    QString to;
    double rate = 1.0;
    QDate date; // the day the rate was taken

    bool operator==(const ExchangeRate &) const = default;
};

// A Money from a decimal written in code or tests, such as money(450.5, "NZD");
// `value` must have at most four decimals.
inline Money money(double value, const QString &currency)
{
    return {Amount::fromDecimal(value).value_or(Amount()), currency};
}

} // namespace Cairn::Core
