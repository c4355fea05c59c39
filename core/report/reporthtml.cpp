#include "reporthtml.h"

#include <QCoreApplication>
#include <QLocale>

namespace Cairn::Core::ReportHtml {

namespace {
class ReportText
{
    Q_DECLARE_TR_FUNCTIONS(Cairn::Core::ReportText)
};
} // namespace

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString heading(int level, const QString &text)
{
    const QString tag = u'h' + QString::number(level);
    return u'<' + tag + u'>' + escaped(text) + QStringLiteral("</") + tag + u'>';
}

QString paragraph(const QString &text)
{
    return QStringLiteral("<p>") + escaped(text) + QStringLiteral("</p>");
}

QString muted(const QString &text)
{
    return QStringLiteral("<p style=\"color:#555555; font-size:small\">") + escaped(text) + QStringLiteral("</p>");
}

QString table(const QString &caption, const QList<Column> &columns, const QList<QStringList> &rows, const QString &note)
{
    QString html = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" border=\"1\" "
                                  "style=\"border-collapse:collapse; border-color:#b0b0b0\"><thead>");
    if (!caption.isEmpty()) {
        html += QStringLiteral("<tr><th colspan=\"%1\" align=\"left\" style=\"border-style:none; padding-top:14px\">"
                               "<span style=\"font-size:large\">%2</span>")
                    .arg(columns.size())
                    .arg(escaped(caption));
        if (!note.isEmpty())
            html += QStringLiteral("<br/><span style=\"font-weight:normal\">%1</span>").arg(escaped(note));
        html += QStringLiteral("</th></tr>");
    }
    html += QStringLiteral("<tr>");
    for (const Column &column : columns) {
        html += QStringLiteral("<th%1%2 style=\"background-color:#eeeeee\">")
                    .arg(column.numeric ? QStringLiteral(" align=\"right\"") : QString(),
                         column.percent > 0 ? QStringLiteral(" width=\"%1%\"").arg(column.percent) : QString())
                + escaped(column.title) + QStringLiteral("</th>");
    }
    html += QStringLiteral("</tr></thead>");
    for (const QStringList &row : rows) {
        html += QStringLiteral("<tr>");
        for (qsizetype index = 0; index < row.size() && index < columns.size(); ++index) {
            html += (columns[index].numeric ? QStringLiteral("<td align=\"right\">") : QStringLiteral("<td>")) + row[index]
                    + QStringLiteral("</td>");
        }
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

QString date(const QDate &date)
{
    return date.isValid() ? QLocale().toString(date, QStringLiteral("d MMM yyyy")) : QString();
}

QString money(const std::optional<Money> &money)
{
    return money ? money->currency + u' ' + plainAmount(money->amount) : QString();
}

QString delivery(DeliveryMode mode)
{
    switch (mode) {
    case DeliveryMode::Online:
        return ReportText::tr("online");
    case DeliveryMode::Campus:
        return ReportText::tr("on campus");
    case DeliveryMode::Workplace:
        return ReportText::tr("at work");
    }
    return {};
}

} // namespace Cairn::Core::ReportHtml
