#pragma once

#include "model/course.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace Cairn::Core::ReportHtml {

// Pieces of the HTML subset QTextDocument reads, for the printed reports.
// Text given as `text` is escaped here; cells and bodies are HTML already.

QString escaped(const QString &text);
QString heading(int level, const QString &text);
QString paragraph(const QString &text);
QString muted(const QString &text); // a smaller, grey paragraph
struct Column
{
    QString title;
    int percent = 0;      // of the table's width; 0: as the text needs
    bool numeric = false; // aligned right
};

// A full-width table under its caption; the caption and the column titles
// repeat on every page the table spans, so a caption never ends a page alone.
// `note`, when given, is a sentence under the caption.
QString table(const QString &caption, const QList<Column> &columns, const QList<QStringList> &rows,
              const QString &note = {});
// A date as people write it in the user's language ("3 Dec 2026").
QString date(const QDate &date);
// A price as listed ("NZD 1250.50"); empty for none.
QString money(const std::optional<Money> &money);
// How a course is delivered, in words ("online", "on campus", "at work").
QString delivery(DeliveryMode mode);

} // namespace Cairn::Core::ReportHtml
