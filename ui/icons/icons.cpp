#include "icons.h"

#include "svgiconengine.h"

#include <QFile>
#include <QHash>

namespace Cairn::Ui {

namespace {
// Icons with a freedesktop.org standard name; the others are Cairn's own.
QString themeName(const QString &name)
{
    static const QHash<QString, QString> names{
        {QStringLiteral("import"), QStringLiteral("document-import")},
        {QStringLiteral("export"), QStringLiteral("document-export")},
        {QStringLiteral("undo"), QStringLiteral("edit-undo")},
        {QStringLiteral("redo"), QStringLiteral("edit-redo")},
        {QStringLiteral("search"), QStringLiteral("edit-find")},
        {QStringLiteral("add"), QStringLiteral("list-add")},
        {QStringLiteral("delete"), QStringLiteral("edit-delete")},
        {QStringLiteral("clear"), QStringLiteral("edit-clear")},
        {QStringLiteral("warning"), QStringLiteral("dialog-warning")},
        {QStringLiteral("error"), QStringLiteral("dialog-error")},
    };
    return names.value(name);
}
} // namespace

QIcon icon(const QString &name)
{
    QFile file(QStringLiteral(":/cairn/icons/%1.svg").arg(name));
    const QIcon fallback = file.open(QIODevice::ReadOnly) ? QIcon(new SvgIconEngine(file.readAll())) : QIcon();
    const QString standard = themeName(name);
    return standard.isEmpty() ? fallback : QIcon::fromTheme(standard, fallback);
}

} // namespace Cairn::Ui
