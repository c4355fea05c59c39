#pragma once

// Small helpers shared by the test executables (header-only on purpose: each
// test links only the library it tests).

#include <QByteArray>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QString>

namespace Cairn::Test {

inline QByteArray readAll(const QString &fileName)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read test file %s", qPrintable(fileName));
    return file.readAll();
}

inline QJsonObject readJsonObject(const QString &fileName)
{
    return QJsonDocument::fromJson(readAll(fileName)).object();
}

inline QByteArray toBytes(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// Sets (or, when `value` is undefined, removes) the value at a JSON path such
// as "courses[2].cost.amount" and returns the edited document. The tests use
// it to derive each malformed document from one valid one.
inline QJsonValue editJson(const QJsonValue &node, QStringList steps, const QJsonValue &value)
{
    if (steps.isEmpty())
        return value;
    const QString step = steps.takeFirst();
    static const QRegularExpression indexed(QStringLiteral("^(\\w*)\\[(\\d+)\\]$"));
    const auto match = indexed.match(step);
    if (!match.hasMatch()) {
        QJsonObject object = node.toObject();
        if (steps.isEmpty() && value.isUndefined())
            object.remove(step);
        else
            object.insert(step, editJson(object.value(step), steps, value));
        return object;
    }
    const QString key = match.captured(1);
    const int index = match.captured(2).toInt();
    QJsonArray array = key.isEmpty() ? node.toArray() : node.toObject().value(key).toArray();
    if (steps.isEmpty() && value.isUndefined())
        array.removeAt(index);
    else
        array[index] = editJson(array.at(index), steps, value);
    if (key.isEmpty())
        return array;
    QJsonObject object = node.toObject();
    object.insert(key, array);
    return object;
}

inline QJsonObject editJson(const QJsonObject &root, const QString &path, const QJsonValue &value)
{
    return editJson(QJsonValue(root), path.split(u'.'), value).toObject();
}

// Parses the JSON text of a test row: "<remove>" means delete the key.
inline QJsonValue jsonValueFromText(const QString &text)
{
    if (text == u"<remove>")
        return QJsonValue(QJsonValue::Undefined);
    const QJsonDocument document = QJsonDocument::fromJson("[" + text.toUtf8() + "]");
    if (document.isNull())
        qFatal("bad JSON in test row: %s", qPrintable(text));
    return document.array().at(0);
}

} // namespace Cairn::Test
