#pragma once

#include "money.h"

#include <QList>

#include <optional>

namespace Cairn::Core {

// A rate as applied: the learner's rate and the factor it gave (its inverse
// when it was given the other way round).
struct AppliedRate
{
    ExchangeRate rate;
    double factor = 1.0; // units of the target currency for one of the source
};

// Converts money with the learner's own dated rates (ExchangeRate). For a
// pair of currencies the latest rate taken on or before `asOf` is used; a
// rate from A to B converts B to A too, by its inverse, and on the same day a
// rate given the asked way wins. No rate, no conversion: nothing is guessed.
class CurrencyConverter final
{
public:
    CurrencyConverter() = default;
    CurrencyConverter(QList<ExchangeRate> rates, const QDate &asOf) : m_rates(std::move(rates)), m_asOf(asOf) { }

    std::optional<AppliedRate> rate(const QString &from, const QString &to) const
    {
        std::optional<AppliedRate> best;
        for (const ExchangeRate &rate : m_rates) {
            if (!rate.date.isValid() || rate.date > m_asOf || !(rate.rate > 0))
                continue;
            const bool direct = rate.from == from && rate.to == to;
            if (!direct && !(rate.from == to && rate.to == from))
                continue;
            if (best && (rate.date < best->rate.date || (rate.date == best->rate.date && !direct)))
                continue;
            best = AppliedRate{rate, direct ? rate.rate : 1.0 / rate.rate};
        }
        return best;
    }

    // `money` in `to`, rounded to the nearest ten-thousandth; as it is when
    // already in `to`.
    std::optional<Amount> convert(const Money &money, const QString &to) const
    {
        if (money.currency == to)
            return money.amount;
        const std::optional<AppliedRate> applied = rate(money.currency, to);
        if (!applied)
            return std::nullopt;
        return Amount::rounded(money.amount.toDouble() * applied->factor);
    }

private:
    QList<ExchangeRate> m_rates;
    QDate m_asOf;
};

} // namespace Cairn::Core
