#pragma once

#include <QString>

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace synthreg::core {

/** A textual date (and optional time) layout such as 2021-03-04, 04.03.2021 or 03/04/2021 14:30. */
struct DateFormat
{
    enum class Order { YearMonthDay, DayMonthYear, MonthDayYear };
    Order order = Order::YearMonthDay;
    char separator = '-';
    bool hasTime = false;

    /** Qt-style pattern for messages and the schema, e.g. "dd.MM.yyyy" or "yyyy-MM-dd HH:mm:ss". */
    QString pattern() const;
    bool operator==(const DateFormat &) const = default;
};

/** Seconds since 1970-01-01 UTC, or nullopt when `text` is not a valid date in `format`. */
std::optional<int64_t> parseDate(std::string_view text, const DateFormat &format);

/** True when `text` is built like a date of `format` (digits and its separators), valid or not. */
bool hasDateShape(std::string_view text, const DateFormat &format);

/**
 * The one format every value is built like, provided at least 80% of them are valid dates
 * (the rest, such as 2021-02-30, are reported and read as missing), or nullopt. Slash dates
 * are day-first unless a middle component above 12 proves month-first; `ambiguous` says
 * when nothing decided it.
 */
std::optional<DateFormat> detectDateFormat(const std::vector<std::string_view> &values, bool *ambiguous);

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
int64_t daysFromCivil(int year, unsigned month, unsigned day);

} // namespace synthreg::core
