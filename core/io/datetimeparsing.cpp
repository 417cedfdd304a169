#include "datetimeparsing.h"

#include <array>

namespace synthreg::core {

namespace {
struct Parts
{
    int a = 0, b = 0, c = 0;          // date components in text order
    int lengthA = 0, lengthB = 0, lengthC = 0;
    int hour = 0, minute = 0, second = 0;
    bool hasTime = false;
    char separator = 0;
};

bool readNumber(std::string_view text, size_t &pos, int maxDigits, int *value, int *length)
{
    int v = 0, n = 0;
    while (pos < text.size() && n < maxDigits && text[pos] >= '0' && text[pos] <= '9') {
        v = v * 10 + (text[pos] - '0');
        ++pos;
        ++n;
    }
    *value = v;
    *length = n;
    return n > 0;
}

// Splits "2021-03-04", "4.3.2021", "03/04/2021 14:30:00" or "2021-03-04T14:30" into parts.
std::optional<Parts> split(std::string_view text)
{
    Parts p;
    size_t pos = 0;
    if (!readNumber(text, pos, 4, &p.a, &p.lengthA) || pos >= text.size())
        return std::nullopt;
    p.separator = text[pos];
    if (p.separator != '-' && p.separator != '.' && p.separator != '/')
        return std::nullopt;
    ++pos;
    if (!readNumber(text, pos, 2, &p.b, &p.lengthB) || pos >= text.size() || text[pos] != p.separator)
        return std::nullopt;
    ++pos;
    if (!readNumber(text, pos, 4, &p.c, &p.lengthC))
        return std::nullopt;
    if (pos == text.size())
        return p;
    if (text[pos] != ' ' && text[pos] != 'T')
        return std::nullopt;
    ++pos;
    int length = 0;
    if (!readNumber(text, pos, 2, &p.hour, &length) || pos >= text.size() || text[pos] != ':')
        return std::nullopt;
    ++pos;
    if (!readNumber(text, pos, 2, &p.minute, &length) || length != 2)
        return std::nullopt;
    if (pos < text.size() && text[pos] == ':') {
        ++pos;
        if (!readNumber(text, pos, 2, &p.second, &length) || length != 2)
            return std::nullopt;
    }
    if (pos < text.size() && text[pos] == 'Z')
        ++pos;
    if (pos != text.size())
        return std::nullopt;
    p.hasTime = true;
    return p;
}

bool isLeap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

std::optional<int64_t> toSeconds(int year, int month, int day, const Parts &p)
{
    static constexpr std::array<int, 12> kDays{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (year < 1 || month < 1 || month > 12 || day < 1)
        return std::nullopt;
    const int maxDay = kDays[size_t(month - 1)] + (month == 2 && isLeap(year) ? 1 : 0);
    if (day > maxDay || p.hour > 23 || p.minute > 59 || p.second > 60)
        return std::nullopt;
    return daysFromCivil(year, unsigned(month), unsigned(day)) * 86400 + p.hour * 3600 + p.minute * 60 + p.second;
}
} // namespace

int64_t daysFromCivil(int year, unsigned month, unsigned day)
{
    year -= month <= 2;
    const int64_t era = (year >= 0 ? year : year - 399) / 400;
    const unsigned yoe = unsigned(year - era * 400);
    const unsigned doy = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + int64_t(doe) - 719468;
}

QString DateFormat::pattern() const
{
    const QChar sep = QLatin1Char(separator);
    QString date;
    switch (order) {
    case Order::YearMonthDay: date = QStringLiteral("yyyy%1MM%1dd").arg(sep); break;
    case Order::DayMonthYear: date = QStringLiteral("dd%1MM%1yyyy").arg(sep); break;
    case Order::MonthDayYear: date = QStringLiteral("MM%1dd%1yyyy").arg(sep); break;
    }
    return hasTime ? date + QStringLiteral(" HH:mm:ss") : date;
}

std::optional<int64_t> parseDate(std::string_view text, const DateFormat &format)
{
    const auto p = split(text);
    if (!p || p->separator != format.separator || p->hasTime != format.hasTime)
        return std::nullopt;
    switch (format.order) {
    case DateFormat::Order::YearMonthDay:
        return p->lengthA == 4 ? toSeconds(p->a, p->b, p->c, *p) : std::nullopt;
    case DateFormat::Order::DayMonthYear:
        return p->lengthC == 4 ? toSeconds(p->c, p->b, p->a, *p) : std::nullopt;
    case DateFormat::Order::MonthDayYear:
        return p->lengthC == 4 ? toSeconds(p->c, p->a, p->b, *p) : std::nullopt;
    }
    return std::nullopt;
}

bool hasDateShape(std::string_view text, const DateFormat &format)
{
    const auto p = split(text);
    return p && p->separator == format.separator;
}

std::optional<DateFormat> detectDateFormat(const std::vector<std::string_view> &values, bool *ambiguous)
{
    *ambiguous = false;
    if (values.empty())
        return std::nullopt;
    const auto first = split(values.front());
    if (!first)
        return std::nullopt;
    DateFormat format{DateFormat::Order::YearMonthDay, first->separator, first->hasTime};
    if (first->lengthA != 4) {
        if (first->separator == '/') {
            // Slash dates: month-first only when some middle component cannot be a month.
            bool dayFirstProven = false, monthFirstProven = false;
            for (std::string_view value : values) {
                if (const auto p = split(value)) {
                    dayFirstProven |= p->a > 12;
                    monthFirstProven |= p->b > 12;
                }
            }
            format.order = monthFirstProven && !dayFirstProven ? DateFormat::Order::MonthDayYear
                                                               : DateFormat::Order::DayMonthYear;
            *ambiguous = !dayFirstProven && !monthFirstProven;
        } else {
            format.order = DateFormat::Order::DayMonthYear;
        }
    }
    size_t valid = 0;
    for (std::string_view value : values) {
        if (parseDate(value, format))
            ++valid;
        else if (!hasDateShape(value, format))
            return std::nullopt;
    }
    return valid * 5 >= values.size() * 4 ? std::optional(format) : std::nullopt;
}

} // namespace synthreg::core
