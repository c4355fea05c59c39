#pragma once

#include <QSettings>
#include <QString>
#include <QVariant>

namespace Cairn::Ui {

// One typed settings key with its default, declared once (after Tiled's
// Preference<T> and qBittorrent's SettingValue<T>): callers never spell a
// key or convert a QVariant themselves. The QSettings is passed in — there is
// no global settings object — so tests use a file of their own.
template<typename T>
class Setting final
{
public:
    Setting(const char *key, T defaultValue) : m_key(QString::fromLatin1(key)), m_default(std::move(defaultValue)) { }

    T get(const QSettings &settings) const
    {
        const QVariant value = settings.value(m_key);
        return value.isValid() && value.canConvert<T>() ? value.value<T>() : m_default;
    }
    void set(QSettings &settings, const T &value) const { settings.setValue(m_key, QVariant::fromValue(value)); }
    const QString &key() const { return m_key; }

private:
    QString m_key;
    T m_default;
};

} // namespace Cairn::Ui
