#include "noticerenderer.h"

namespace redline {

namespace {

bool isNameChar(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
           || c == QLatin1Char('_');
}

} // namespace

QString NoticeRenderer::placeholderAt(const QString &text, qsizetype open)
{
    qsizetype i = open + 1;
    while (i < text.size() && isNameChar(text.at(i)))
        ++i;
    if (i == open + 1 || i >= text.size() || text.at(i) != QLatin1Char('}'))
        return QString();
    return text.mid(open + 1, i - open - 1);
}

bool NoticeRenderer::render(const QString &templateText, const QHash<QString, QString> &values, QString *out,
                            QString *error)
{
    QString text;
    text.reserve(templateText.size() * 2);
    int line = 1;
    for (qsizetype i = 0; i < templateText.size(); ++i) {
        const QChar c = templateText.at(i);
        if (c == QLatin1Char('\n'))
            ++line;
        const QString name = c == QLatin1Char('{') ? placeholderAt(templateText, i) : QString();
        if (name.isEmpty()) {
            text.append(c);
            continue;
        }
        const auto value = values.constFind(name);
        if (value == values.constEnd()) {
            if (error)
                *error = tr("line %1: unknown placeholder {%2}").arg(line).arg(name);
            return false;
        }
        text.append(*value);
        i += name.size() + 1;
    }
    // A notice never ends in blank lines left by the file's last newline.
    while (text.endsWith(QLatin1Char('\n')) || text.endsWith(QLatin1Char('\r')))
        text.chop(1);
    *out = text;
    return true;
}

QStringList NoticeRenderer::placeholders(const QString &templateText)
{
    QStringList names;
    for (qsizetype i = 0; i < templateText.size(); ++i) {
        if (templateText.at(i) != QLatin1Char('{'))
            continue;
        const QString name = placeholderAt(templateText, i);
        if (!name.isEmpty() && !names.contains(name))
            names.append(name);
    }
    return names;
}

} // namespace redline
