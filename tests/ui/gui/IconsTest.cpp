// SPDX-License-Identifier: EUPL-1.2
#include "ui/gui/Icons.h"

#include "TestSupport.h"

#include <QApplication>
#include <QFile>
#include <QImage>
#include <QPalette>
#include <QPixmap>
#include <QRegularExpression>

#include <array>
#include <utility>

using namespace voordeur::ui;
using voordeur::core::checkup::Severity;

namespace {

/// The kind ids of resources/knowledge/README.md, from its "**Kinds** (the only allowed
/// values): `camera`, … `tablet`." sentence, so a kind added there without an icon fails.
QStringList readmeKinds()
{
    QFile readme(QStringLiteral(VOORDEUR_SOURCE_DIR "/resources/knowledge/README.md"));
    REQUIRE(readme.open(QIODevice::ReadOnly | QIODevice::Text));
    const QString text = QString::fromUtf8(readme.readAll());
    const auto start = text.indexOf(QStringLiteral("**Kinds** (the only allowed values):"));
    REQUIRE(start >= 0);
    const auto end = text.indexOf(QStringLiteral("`."), start);
    REQUIRE(end > start);
    const QString sentence = text.mid(start, end - start + 1);
    QStringList kinds;
    static const QRegularExpression quoted(QStringLiteral("`([a-z0-9-]+)`"));
    for (const QRegularExpressionMatch& match : quoted.globalMatch(sentence)) {
        kinds << match.captured(1);
    }
    return kinds;
}

/// Sets the application palette for one test and puts the old one back when it ends.
class ScopedPalette final
{
public:
    explicit ScopedPalette(const QColor& window)
        : m_saved(QApplication::palette())
    {
        QApplication::setPalette(QPalette(window));
        clearIconCache();
    }
    ~ScopedPalette()
    {
        QApplication::setPalette(m_saved);
        clearIconCache();
    }
    ScopedPalette(const ScopedPalette&) = delete;
    ScopedPalette& operator=(const ScopedPalette&) = delete;

private:
    QPalette m_saved;
};

const QColor kLightWindow(0xef, 0xf0, 0xf1);
const QColor kDarkWindow(0x2e, 0x34, 0x40);

QImage render(const QIcon& icon, int size)
{
    return icon.pixmap(size, size).toImage().convertToFormat(QImage::Format_ARGB32);
}

/// How many pixels are drawn (alpha above half).
int opaquePixels(const QImage& image)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            count += qAlpha(image.pixel(x, y)) > 127 ? 1 : 0;
        }
    }
    return count;
}

/// The mean lightness of the drawn pixels, 0 (black) to 255 (white).
int meanLightness(const QImage& image)
{
    long long sum = 0;
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor colour = image.pixelColor(x, y);
            if (colour.alpha() > 127) {
                sum += colour.lightness();
                ++count;
            }
        }
    }
    return count == 0 ? -1 : static_cast<int>(sum / count);
}

/// How many pixels are drawn in one image and not in the other.
int shapeDifference(const QImage& a, const QImage& b)
{
    int count = 0;
    for (int y = 0; y < a.height(); ++y) {
        for (int x = 0; x < a.width(); ++x) {
            count += (qAlpha(a.pixel(x, y)) > 127) != (qAlpha(b.pixel(x, y)) > 127) ? 1 : 0;
        }
    }
    return count;
}

std::vector<std::pair<QString, QIcon>> allIcons()
{
    std::vector<std::pair<QString, QIcon>> icons;
    for (const QString& kind : knownKindIcons()) {
        icons.emplace_back(kind, kindIcon(kind));
    }
    icons.emplace_back(QStringLiteral("unknown"), kindIcon(QStringLiteral("unknown")));
    icons.emplace_back(QStringLiteral("urgent"), severityIcon(Severity::Urgent));
    icons.emplace_back(QStringLiteral("important"), severityIcon(Severity::Important));
    icons.emplace_back(QStringLiteral("advice"), severityIcon(Severity::Advice));
    icons.emplace_back(QStringLiteral("done"), doneIcon());
    return icons;
}

}  // namespace

TEST_CASE("every device kind in the knowledge README has an icon, and every kind icon is such a kind")
{
    const QStringList kinds = readmeKinds();
    REQUIRE(kinds.size() >= 20);
    CHECK(kinds.contains(QStringLiteral("streaming-stick")));
    for (const QString& kind : kinds) {
        INFO(kind.toStdString());
        CHECK(QFile::exists(QStringLiteral(":/icons/kinds/%1.svg").arg(kind)));
        CHECK(knownKindIcons().contains(kind));
    }
    for (const QString& kind : knownKindIcons()) {
        INFO(kind.toStdString());
        CHECK(kinds.contains(kind));
    }
    CHECK(QFile::exists(QStringLiteral(":/icons/kinds/unknown.svg")));
    CHECK_FALSE(knownKindIcons().contains(QStringLiteral("unknown")));
}

TEST_CASE("every icon renders visibly at 16, 24 and 48 px, also at twice the pixel density, in both palettes")
{
    for (const QColor& window : {kLightWindow, kDarkWindow}) {
        const ScopedPalette palette(window);
        for (const auto& [name, icon] : allIcons()) {
            INFO(name.toStdString() << " on " << window.name().toStdString());
            REQUIRE_FALSE(icon.isNull());
            for (int size : {16, 24, 48}) {
                const QImage image = render(icon, size);
                CHECK(image.size() == QSize(size, size));
                // Line icons cover a tenth of their square or more; nothing is a solid block.
                CHECK(opaquePixels(image) > size * size / 10);
                CHECK(opaquePixels(image) < size * size * 9 / 10);
            }
            const QPixmap sharp = icon.pixmap(QSize(24, 24), 2.0);
            CHECK(sharp.size() == QSize(48, 48));
            CHECK(sharp.devicePixelRatio() == 2.0);
            const QImage disabled
                = icon.pixmap(24, 24, QIcon::Disabled).toImage().convertToFormat(QImage::Format_ARGB32);
            CHECK(opaquePixels(disabled) < opaquePixels(render(icon, 24)));
        }
    }
}

TEST_CASE("kind icons are dark lines on a light palette and light lines on a dark one")
{
    const QStringList kinds = knownKindIcons() + QStringList {QStringLiteral("unknown")};
    for (const QString& kind : kinds) {
        INFO(kind.toStdString());
        QImage onLight;
        QImage onDark;
        {
            const ScopedPalette palette(kLightWindow);
            onLight = render(kindIcon(kind), 24);
        }
        {
            const ScopedPalette palette(kDarkWindow);
            onDark = render(kindIcon(kind), 24);
        }
        CHECK(onLight != onDark);
        CHECK(meanLightness(onLight) < 100);
        CHECK(meanLightness(onDark) > 180);
        CHECK(shapeDifference(onLight, onDark) == 0);
    }
}

TEST_CASE("the icon cache follows a palette change without being cleared")
{
    QImage onLight;
    {
        const ScopedPalette palette(kLightWindow);
        onLight = render(kindIcon(QStringLiteral("router")), 24);
        QApplication::setPalette(QPalette(kDarkWindow));  // no clearIconCache()
        CHECK(render(kindIcon(QStringLiteral("router")), 24) != onLight);
        QApplication::setPalette(QPalette(kLightWindow));
        CHECK(render(kindIcon(QStringLiteral("router")), 24) == onLight);
    }
}

TEST_CASE("severity icons differ in shape, not only in colour, and keep their colours in a dark palette")
{
    const std::array<std::pair<const char*, QIcon>, 4> icons = {{
        {"urgent", severityIcon(Severity::Urgent)},
        {"important", severityIcon(Severity::Important)},
        {"advice", severityIcon(Severity::Advice)},
        {"done", doneIcon()},
    }};
    for (std::size_t i = 0; i < icons.size(); ++i) {
        for (std::size_t j = i + 1; j < icons.size(); ++j) {
            INFO(icons.at(i).first << " and " << icons.at(j).first);
            for (int size : {16, 24}) {
                CHECK(shapeDifference(render(icons.at(i).second, size), render(icons.at(j).second, size))
                    > size * size / 20);
            }
        }
    }

    const ScopedPalette dark(kDarkWindow);
    CHECK(render(severityIcon(Severity::Urgent), 24) == render(icons.at(0).second, 24));
    CHECK(render(doneIcon(), 24) == render(icons.at(3).second, 24));
}

TEST_CASE("a kind without an icon of its own gets the unknown-device icon")
{
    const QImage unknown = render(kindIcon(QStringLiteral("unknown")), 24);
    for (const QString& kind :
        {QStringLiteral("toaster"), QString(), QStringLiteral("Camera"), QStringLiteral("../severity/urgent")}) {
        INFO(kind.toStdString());
        CHECK(render(kindIcon(kind), 24) == unknown);
    }
    CHECK(render(kindIcon(QStringLiteral("camera")), 24) != unknown);
}
