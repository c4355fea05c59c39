#pragma once

#include <QByteArray>
#include <QHash>
#include <QIconEngine>
#include <QPixmap>

namespace Cairn::Ui {

// Draws an SVG icon at whatever size and device pixel ratio it is asked for
// (sharp at high DPI), with "currentColor" taken from the application's
// palette at paint time: line icons follow light and dark themes and the
// disabled and selected states. Icons with their own colours keep them.
class SvgIconEngine final : public QIconEngine
{
public:
    explicit SvgIconEngine(QByteArray svg);

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override;
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale) override;
    QIconEngine *clone() const override;
    QString key() const override { return QStringLiteral("CairnSvgIconEngine"); }

private:
    QByteArray coloured(QIcon::Mode mode) const;

    QByteArray m_svg;
    QHash<QString, QPixmap> m_cache;
};

} // namespace Cairn::Ui
