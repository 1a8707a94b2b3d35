// SPDX-License-Identifier: EUPL-1.2
#include "ui/gui/Icons.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QHash>
#include <QIconEngine>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QSvgRenderer>

#include <algorithm>
#include <array>
#include <utility>

namespace voordeur::ui {

namespace {

using core::checkup::Severity;

/// The grey the kind SVGs are drawn in, and the grey it becomes on a dark palette.
constexpr const char* kLineColour = "#3b4252";
constexpr const char* kLightLineColour = "#e5e9f0";
constexpr qreal kDisabledOpacity = 0.4;

QString unknownKind()
{
    return QStringLiteral("unknown");
}

/// Draws one SVG document at whatever pixel size a view asks for, so the icon stays sharp at
/// every size and device pixel ratio; each size is rendered once.
class SvgIconEngine final : public QIconEngine
{
public:
    explicit SvgIconEngine(QByteArray svg)
        : m_svg(std::move(svg))
    { }

    QIconEngine* clone() const override { return new SvgIconEngine(m_svg); }
    QString key() const override { return QStringLiteral("voordeur-svg"); }
    bool isNull() override { return m_svg.isEmpty(); }

    // The icons are square: a view that asks for a wider area gets a square in it.
    QSize actualSize(const QSize& size, QIcon::Mode /*mode*/, QIcon::State /*state*/) override
    {
        const int side = std::max(0, std::min(size.width(), size.height()));
        return {side, side};
    }

    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state) override
    {
        const int side = actualSize(size, mode, state).width();
        if (side == 0 || m_svg.isEmpty()) {
            return {};
        }
        const bool disabled = mode == QIcon::Disabled;
        const int cacheKey = side * 2 + (disabled ? 1 : 0);
        const auto cached = m_pixmaps.constFind(cacheKey);
        if (cached != m_pixmaps.cend()) {
            return *cached;
        }
        QPixmap rendered(side, side);
        rendered.fill(Qt::transparent);
        {
            QPainter painter(&rendered);
            if (disabled) {
                painter.setOpacity(kDisabledOpacity);
            }
            QSvgRenderer renderer(m_svg);
            renderer.render(&painter, QRectF(0, 0, side, side));
        }
        m_pixmaps.insert(cacheKey, rendered);
        return rendered;
    }

    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State state) override
    {
        const qreal ratio = painter->device() != nullptr ? painter->device()->devicePixelRatio() : 1.0;
        const QSize logical = actualSize(rect.size(), mode, state);
        QPixmap image = pixmap(logical * ratio, mode, state);
        image.setDevicePixelRatio(ratio);
        QRect target(QPoint(0, 0), logical);
        target.moveCenter(rect.center());
        painter->drawPixmap(target, image);
    }

private:
    QByteArray m_svg;
    QHash<int, QPixmap> m_pixmaps;
};

bool paletteIsDark()
{
    return QGuiApplication::palette().color(QPalette::Window).lightness() < 128;
}

/// The icons made so far, by resource name: [0] for light palettes, [1] for dark ones.
std::array<QHash<QString, QIcon>, 2>& iconCache()
{
    static std::array<QHash<QString, QIcon>, 2> cache;
    return cache;
}

/// The icon of ":/icons/<name>.svg" for the current palette.
QIcon cachedIcon(const QString& name)
{
    // Pixmaps must go before the application does, not with the other statics after it.
    static const bool cleanupRegistered = [] {
        qAddPostRoutine(clearIconCache);
        return true;
    }();
    Q_UNUSED(cleanupRegistered)

    const bool dark = paletteIsDark();
    QHash<QString, QIcon>& icons = iconCache().at(dark ? 1 : 0);
    const auto cached = icons.constFind(name);
    if (cached != icons.cend()) {
        return *cached;
    }
    QFile file(QStringLiteral(":/icons/%1.svg").arg(name));
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("Voordeur: the icon %s is not embedded", qUtf8Printable(file.fileName()));
        return {};
    }
    QByteArray svg = file.readAll();
    if (dark) {
        svg.replace(kLineColour, kLightLineColour);
    }
    QIcon icon(new SvgIconEngine(std::move(svg)));
    icons.insert(name, icon);
    return icon;
}

}  // namespace

QIcon kindIcon(const QString& kind)
{
    const bool known = knownKindIcons().contains(kind);
    return cachedIcon(QStringLiteral("kinds/") + (known ? kind : unknownKind()));
}

QIcon severityIcon(Severity severity)
{
    switch (severity) {
    case Severity::Urgent:
        return cachedIcon(QStringLiteral("severity/urgent"));
    case Severity::Important:
        return cachedIcon(QStringLiteral("severity/important"));
    case Severity::Advice:
        return cachedIcon(QStringLiteral("severity/advice"));
    }
    return {};
}

QIcon doneIcon()
{
    return cachedIcon(QStringLiteral("severity/done"));
}

QStringList knownKindIcons()
{
    static const QStringList kinds = [] {
        QStringList names;
        const QDir folder(QStringLiteral(":/icons/kinds"));
        for (const QString& file : folder.entryList({QStringLiteral("*.svg")}, QDir::Files, QDir::Name)) {
            names << file.chopped(4);
        }
        names.removeAll(unknownKind());
        return names;
    }();
    return kinds;
}

void clearIconCache()
{
    for (QHash<QString, QIcon>& icons : iconCache()) {
        icons.clear();
    }
}

}  // namespace voordeur::ui
