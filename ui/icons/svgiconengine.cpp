#include "svgiconengine.h"

#include <QGuiApplication>
#include <QPainter>
#include <QPalette>
#include <QSvgRenderer>

namespace Cairn::Ui {

SvgIconEngine::SvgIconEngine(QByteArray svg) : m_svg(std::move(svg)) { }

QByteArray SvgIconEngine::coloured(QIcon::Mode mode) const
{
    const QPalette palette = QGuiApplication::palette();
    QColor colour = palette.color(QPalette::Active, QPalette::WindowText);
    if (mode == QIcon::Disabled)
        colour = palette.color(QPalette::Disabled, QPalette::WindowText);
    else if (mode == QIcon::Selected)
        colour = palette.color(QPalette::Active, QPalette::HighlightedText);
    QByteArray svg = m_svg;
    return svg.replace("currentColor", colour.name().toLatin1());
}

void SvgIconEngine::paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State)
{
    QSvgRenderer renderer(coloured(mode));
    renderer.render(painter, rect);
}

QPixmap SvgIconEngine::pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state)
{
    return scaledPixmap(size, mode, state, 1.0);
}

QPixmap SvgIconEngine::scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale)
{
    // `size` is in device pixels already (QIcon::pixmap multiplies by the
    // scale before it asks): draw exactly that many pixels.
    const QByteArray svg = coloured(mode);
    // The colour is part of the key: a theme change draws afresh.
    const QString key = QStringLiteral("%1x%2@%3:%4").arg(size.width()).arg(size.height()).arg(scale).arg(qHash(svg));
    if (const auto cached = m_cache.constFind(key); cached != m_cache.constEnd())
        return *cached;
    QPixmap pixmap(size);
    pixmap.fill(Qt::transparent);
    {
        QPainter painter(&pixmap);
        QSvgRenderer renderer(svg);
        renderer.render(&painter, QRectF(QPointF(0, 0), QSizeF(size)));
    }
    pixmap.setDevicePixelRatio(scale);
    m_cache.insert(key, pixmap);
    Q_UNUSED(state)
    return pixmap;
}

QIconEngine *SvgIconEngine::clone() const
{
    return new SvgIconEngine(m_svg);
}

} // namespace Cairn::Ui
