#include "pgcopytext.h"

namespace redline {

namespace {

void appendEscaped(const QByteArray &value, QByteArray *out)
{
    for (const char c : value) {
        switch (c) {
        case '\\': *out += "\\\\"; break;
        case '\n': *out += "\\n"; break;
        case '\r': *out += "\\r"; break;
        case '\t': *out += "\\t"; break;
        default: *out += c;
        }
    }
}

int octalDigit(char c)
{
    return c >= '0' && c <= '7' ? c - '0' : -1;
}

int hexDigit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// The escapes COPY TO writes (\b \f \n \r \t \v \\) and the octal and hex ones COPY FROM reads.
QByteArray unescaped(const char *begin, const char *end)
{
    QByteArray out;
    out.reserve(int(end - begin));
    for (const char *p = begin; p < end; ++p) {
        if (*p != '\\' || p + 1 == end) {
            out += *p;
            continue;
        }
        const char c = *++p;
        switch (c) {
        case 'b': out += '\b'; break;
        case 'f': out += '\f'; break;
        case 'n': out += '\n'; break;
        case 'r': out += '\r'; break;
        case 't': out += '\t'; break;
        case 'v': out += '\v'; break;
        case 'x':
            if (p + 1 < end && hexDigit(p[1]) >= 0) {
                int value = hexDigit(*++p);
                if (p + 1 < end && hexDigit(p[1]) >= 0)
                    value = value * 16 + hexDigit(*++p);
                out += char(value);
            } else {
                out += c;
            }
            break;
        default:
            if (octalDigit(c) >= 0) {
                int value = octalDigit(c);
                for (int i = 0; i < 2 && p + 1 < end && octalDigit(p[1]) >= 0; ++i)
                    value = value * 8 + octalDigit(*++p);
                out += char(value);
            } else {
                out += c;
            }
        }
    }
    return out;
}

} // namespace

void PgCopyText::appendLine(const StoreTable &table, const StoreRow &row, QByteArray *out)
{
    for (int i = 0; i < table.columns.size(); ++i) {
        if (i > 0)
            *out += '\t';
        const std::optional<QByteArray> &value = row.at(i);
        if (!value) {
            *out += "\\N";
            continue;
        }
        switch (table.columns.at(i).type) {
        case StoreColumn::Type::Integer: *out += *value; break;
        case StoreColumn::Type::Text: appendEscaped(*value, out); break;
        case StoreColumn::Type::Blob: *out += "\\\\x" + value->toHex(); break;
        }
    }
    *out += '\n';
}

bool PgCopyText::parseLine(const StoreTable &table, const QByteArray &line, StoreRow *row, QString *why)
{
    row->clear();
    const char *p = line.constData();
    const char *end = p + line.size();
    for (int i = 0; i < table.columns.size(); ++i) {
        const char *fieldEnd = static_cast<const char *>(memchr(p, '\t', size_t(end - p)));
        if (!fieldEnd)
            fieldEnd = end;
        const bool last = i + 1 == table.columns.size();
        if (last != (fieldEnd == end)) {
            *why = tr("%1: a row has %2 values, not %3").arg(QString::fromLatin1(table.name)).arg(line.count('\t') + 1)
                       .arg(table.columns.size());
            return false;
        }
        if (fieldEnd - p == 2 && p[0] == '\\' && p[1] == 'N') {
            row->append(std::nullopt);
        } else {
            QByteArray value = unescaped(p, fieldEnd);
            if (table.columns.at(i).type == StoreColumn::Type::Blob) {
                if (!value.startsWith("\\x")) {
                    *why = tr("%1.%2: not a hex bytea").arg(QString::fromLatin1(table.name),
                                                            QString::fromLatin1(table.columns.at(i).name));
                    return false;
                }
                value = QByteArray::fromHex(value.mid(2));
            }
            row->append(std::move(value));
        }
        p = fieldEnd + 1;
    }
    return true;
}

} // namespace redline
