#pragma once

// The largest values Cairn accepts, in files and in its dialogs alike. Far
// above any real course or qualification, low enough that no sum of them
// (a catalogue's 100,000 courses, a plan's costs) loses precision or
// overflows. Documented in docs/FORMATS.md.

namespace Cairn::Core::Limits {

constexpr double courseCredits = 1'000;         // a course's credits
constexpr double qualificationCredits = 10'000; // a qualification's, a requirement's or a cap's credits
constexpr double courseHours = 100'000;         // a course's study hours
constexpr int courseWeeks = 520;                // ten years
constexpr int programmeWeeks = 520;
constexpr double creditHours = 1'000;           // notional hours per credit
constexpr double amount = 1'000'000'000;        // any amount of money, in any currency
constexpr double exchangeRate = 1'000'000;      // units of one currency for one of another (either way)
constexpr int currencyYears = 100;
constexpr double hoursInAWeek = 168;

} // namespace Cairn::Core::Limits
