// SPDX-License-Identifier: EUPL-1.2
// The Dutch translation must be complete in every commit: lupdate is run on a copy of the
// committed file, and the result must have no new (missing), unfinished or revived entries.
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QXmlStreamReader>

namespace {

struct Message {
    QString context;
    QString source;
    QString type;              ///< "", "unfinished", "vanished" or "obsolete"
    QStringList translations;  ///< one, or one per plural form
    bool numerus = false;

    QString key() const { return context + QLatin1Char('|') + source; }
};

QList<Message> readTs(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QList<Message> messages;
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            continue;
        }
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            current = Message {};
            current.context = context;
            current.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            current.type = xml.attributes().value(QLatin1String("type")).toString();
            if (!current.numerus) {
                current.translations << xml.readElementText();
                messages << current;
            }
        } else if (name == QLatin1String("numerusform")) {
            current.translations << xml.readElementText();
            if (current.translations.size() == 2) {
                messages << current;
            }
        }
    }
    INFO(xml.errorString().toStdString());
    REQUIRE_FALSE(xml.hasError());
    return messages;
}

QList<Message> updatedCopy(const QString& tsName, QTemporaryDir& dir)
{
    const QString original = QStringLiteral(VOORDEUR_SOURCE_DIR "/translations/") + tsName;
    const QString copy = dir.filePath(tsName);
    REQUIRE(QFile::copy(original, copy));
    REQUIRE(QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner));

    // The same source list the update_translations target uses, written out as lupdate's JSON.
    const QString project = dir.filePath(QStringLiteral("project.json"));
    QProcess generate;
    generate.start(QStringLiteral(VOORDEUR_CMAKE),
        {QStringLiteral("-DIN_FILE=" VOORDEUR_LUPDATE_PROJECT_IN), QStringLiteral("-DOUT_FILE=") + project,
            QStringLiteral("-P"), QStringLiteral(VOORDEUR_LUPDATE_PROJECT_SCRIPT)});
    REQUIRE(generate.waitForFinished(60000));
    REQUIRE(generate.exitCode() == 0);

    QProcess lupdate;
    lupdate.start(QStringLiteral(VOORDEUR_LUPDATE),
        {QStringLiteral("-project"), project, QStringLiteral("-locations"), QStringLiteral("none"),
            QStringLiteral("-ts"), copy});
    REQUIRE(lupdate.waitForFinished(120000));
    INFO(QString::fromLocal8Bit(lupdate.readAllStandardError()).toStdString());
    REQUIRE(lupdate.exitCode() == 0);
    return readTs(copy);
}

QSet<QString> placeholders(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?[0-9n]"));
    QSet<QString> found;
    for (auto it = pattern.globalMatch(text); it.hasNext();) {
        found.insert(it.next().captured().remove(QLatin1Char('L')));
    }
    return found;
}

}  // namespace

TEST_CASE("the Dutch translation has no missing, unfinished or obsolete-but-used entries")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QList<Message> committed = readTs(QStringLiteral(VOORDEUR_SOURCE_DIR "/translations/voordeur_nl.ts"));
    const QList<Message> updated = updatedCopy(QStringLiteral("voordeur_nl.ts"), dir);
    REQUIRE(updated.size() > 50);

    QSet<QString> committedObsolete;
    QSet<QString> committedActive;
    for (const Message& m : committed) {
        (m.type == QLatin1String("vanished") || m.type == QLatin1String("obsolete") ? committedObsolete
                                                                                    : committedActive)
            .insert(m.key());
    }

    QStringList problems;
    for (const Message& m : updated) {
        if (m.type == QLatin1String("vanished") || m.type == QLatin1String("obsolete")) {
            continue;
        }
        if (!committedActive.contains(m.key())) {
            problems << (committedObsolete.contains(m.key()) ? QStringLiteral("obsolete but used: ")
                                                             : QStringLiteral("missing: "))
                    + m.key();
        } else if (m.type == QLatin1String("unfinished")) {
            problems << QStringLiteral("unfinished: ") + m.key();
        } else if (m.translations.contains(QString())) {
            problems << QStringLiteral("empty translation: ") + m.key();
        } else if (!m.numerus && placeholders(m.source) != placeholders(m.translations.first())) {
            problems << QStringLiteral("placeholders differ: ") + m.key();
        }
    }
    INFO(problems.join(QLatin1Char('\n')).toStdString());
    CHECK(problems.isEmpty());
}

TEST_CASE("the English file is up to date and gives every plural its forms")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QList<Message> committed = readTs(QStringLiteral(VOORDEUR_SOURCE_DIR "/translations/voordeur_en.ts"));
    QSet<QString> committedKeys;
    for (const Message& m : committed) {
        committedKeys.insert(m.key());
    }
    QStringList problems;
    for (const Message& m : updatedCopy(QStringLiteral("voordeur_en.ts"), dir)) {
        if (m.type == QLatin1String("vanished") || m.type == QLatin1String("obsolete")) {
            continue;
        }
        if (!committedKeys.contains(m.key())) {
            problems << QStringLiteral("missing: ") + m.key();
        } else if (m.numerus && (m.type == QLatin1String("unfinished") || m.translations.contains(QString()))) {
            problems << QStringLiteral("plural forms missing: ") + m.key();
        }
    }
    INFO(problems.join(QLatin1Char('\n')).toStdString());
    CHECK(problems.isEmpty());
}
