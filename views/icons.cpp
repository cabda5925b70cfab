#include "icons.h"

#include <QImageReader>
#include <QPainter>
#include <QPainterPath>

namespace sagstjek::icons {

namespace {

// The same drawing as resources/icons/sagstjek.svg, for systems without Qt's SVG image plugin.
QPixmap paintedAppIcon(int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.scale(size / 64.0, size / 64.0);
    const QColor navy(0x1f, 0x4e, 0x79);
    p.setPen(QPen(navy, 3));
    p.setBrush(Qt::white);
    p.drawRoundedRect(QRectF(10, 6, 44, 54), 5, 5);
    p.setPen(Qt::NoPen);
    p.setBrush(navy);
    p.drawRoundedRect(QRectF(22, 2, 20, 10), 3, 3);
    for (const qreal y : {23.0, 37.0, 51.0})
        p.drawRoundedRect(QRectF(35, y, 12, 3), 1.5, 1.5);
    QPen tick(QColor(0x2e, 0x7d, 0x32), 3.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    p.setPen(tick);
    p.setBrush(Qt::NoBrush);
    for (const qreal y : {24.0, 38.0}) {
        QPainterPath path(QPointF(19, y));
        path.lineTo(23, y + 4);
        path.lineTo(31, y - 4);
        p.drawPath(path);
    }
    p.setPen(QPen(QColor(0xc6, 0x28, 0x28), 3.5, Qt::SolidLine, Qt::RoundCap));
    p.drawLine(QPointF(20, 48), QPointF(28, 56));
    p.drawLine(QPointF(28, 48), QPointF(20, 56));
    return pixmap;
}

} // namespace

QIcon app()
{
    if (QImageReader::supportedImageFormats().contains("svg"))
        return QIcon(QStringLiteral(":/icons/sagstjek.svg"));
    QIcon icon;
    for (const int size : {16, 24, 32, 48, 64, 128, 256})
        icon.addPixmap(paintedAppIcon(size));
    return icon;
}

} // namespace sagstjek::icons
