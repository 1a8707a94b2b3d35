// SPDX-License-Identifier: EUPL-1.2
#include "ui/gui/DeviceDetailPane.h"

#include "ui/advice/AdviceWording.h"
#include "ui/checkup/CheckupSession.h"
#include "ui/gui/Icons.h"
#include "ui/gui/PageLayout.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>
#include <set>

namespace voordeur::ui {

using core::checkup::Answer;
using core::checkup::LastUpdate;
using core::checkup::Severity;

namespace {

QString fromStd(const std::string& text)
{
    return QString::fromStdString(text);
}

QString percent(double value)
{
    return QLocale().toString(qRound(value * 100.0)) + QStringLiteral(" %");
}

/// "Hikvision DS-2CD2143G0-I", "Sonos", or the kind when the maker is not known.
QString candidateName(const core::identify::Candidate& candidate, const core::knowledge::Catalog& catalog)
{
    QString name;
    if (candidate.vendorId) {
        const auto* vendor = catalog.vendor(*candidate.vendorId);
        name = vendor != nullptr ? fromStd(vendor->name) : fromStd(*candidate.vendorId);
    }
    if (candidate.model) {
        const QString model = fromStd(*candidate.model);
        name = name.isEmpty() || model.startsWith(name, Qt::CaseInsensitive) ? model : name + QLatin1Char(' ') + model;
    }
    return name.isEmpty() ? AdviceWording::kindName(candidate.kind) : name;
}

/// The clues of a candidate in words, each once.
QString cluesText(const core::identify::Candidate& candidate)
{
    QStringList clues;
    for (const auto& clue : candidate.evidence) {
        const QString text = AdviceWording::clueText(clue);
        if (!clues.contains(text)) {
            clues << text;
        }
    }
    return clues.join(QStringLiteral("; "));
}

constexpr std::array kSeverities {Severity::Urgent, Severity::Important, Severity::Advice};

/// A form row whose label is set in retranslateUi() and names the field (mnemonics, screen readers).
void addLabelledRow(QFormLayout* form, QWidget* field)
{
    auto* label = new QLabel(field->parentWidget());
    label->setBuddy(field);
    form->addRow(label, field);
}

void selectData(QComboBox* combo, const QVariant& value)
{
    const int found = combo->findData(value);
    combo->setCurrentIndex(found >= 0 ? found : 0);
}

}  // namespace

DeviceDetailPane::DeviceDetailPane(CheckupSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_empty = makeBodyLabel(this);
    m_empty->setObjectName(QStringLiteral("deviceDetailEmpty"));
    outer->addWidget(m_empty);

    m_content = new QWidget(this);
    outer->addWidget(m_content);
    outer->addStretch(1);
    auto* layout = new QVBoxLayout(m_content);
    layout->setContentsMargins(0, 0, 0, 0);

    auto* header = new QHBoxLayout;
    m_kindIcon = new QLabel(m_content);
    const int iconSize = m_content->fontMetrics().height() * 2;
    m_kindIcon->setFixedSize(iconSize, iconSize);
    m_name = makeSectionHeading(m_content);
    m_name->setObjectName(QStringLiteral("deviceDetailName"));
    header->addWidget(m_kindIcon);
    header->addWidget(m_name, 1);
    layout->addLayout(header);

    m_factsForm = new QFormLayout;
    m_factsForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    const auto fact = [this](const char* objectName) {
        auto* label = new QLabel(m_content);
        label->setObjectName(QString::fromLatin1(objectName));
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        addLabelledRow(m_factsForm, label);
        return label;
    };
    m_kind = fact("deviceDetailKind");
    m_maker = fact("deviceDetailMaker");
    m_model = fact("deviceDetailModel");
    m_firmware = fact("deviceDetailFirmware");
    m_addresses = fact("deviceDetailAddresses");
    m_mac = fact("deviceDetailMac");
    layout->addLayout(m_factsForm);

    m_evidence = makeBodyLabel(m_content);
    m_evidence->setObjectName(QStringLiteral("deviceEvidence"));
    layout->addWidget(m_evidence);

    auto* findingsRow = new QHBoxLayout;
    for (std::size_t i = 0; i < kSeverities.size(); ++i) {
        m_severityIcons.at(i) = new QLabel(m_content);
        m_severityCounts.at(i) = new QLabel(m_content);
        findingsRow->addWidget(m_severityIcons.at(i));
        findingsRow->addWidget(m_severityCounts.at(i));
    }
    m_findingsText = new QLabel(m_content);
    m_findingsText->setObjectName(QStringLiteral("deviceFindings"));
    m_findingsText->setWordWrap(true);
    findingsRow->addWidget(m_findingsText, 1);
    layout->addLayout(findingsRow);

    m_correctBox = new QGroupBox(m_content);
    m_correctBox->setObjectName(QStringLiteral("correctBox"));
    m_correctForm = new QFormLayout(m_correctBox);
    m_correctForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_rename = new QLineEdit(m_correctBox);
    m_rename->setObjectName(QStringLiteral("deviceRename"));
    m_correctMaker = new QComboBox(m_correctBox);
    m_correctMaker->setObjectName(QStringLiteral("correctMaker"));
    m_correctModel = new QLineEdit(m_correctBox);
    m_correctModel->setObjectName(QStringLiteral("correctModel"));
    m_correctKind = new QComboBox(m_correctBox);
    m_correctKind->setObjectName(QStringLiteral("correctKind"));
    addLabelledRow(m_correctForm, m_rename);
    addLabelledRow(m_correctForm, m_correctKind);
    addLabelledRow(m_correctForm, m_correctMaker);
    addLabelledRow(m_correctForm, m_correctModel);
    m_apply = new QPushButton(m_correctBox);
    m_apply->setObjectName(QStringLiteral("applyCorrectionButton"));
    auto* applyRow = new QHBoxLayout;
    applyRow->addStretch(1);
    applyRow->addWidget(m_apply);
    m_correctForm->addRow(applyRow);
    layout->addWidget(m_correctBox);

    m_notMine = new QCheckBox(m_content);
    m_notMine->setObjectName(QStringLiteral("notMineCheck"));
    layout->addWidget(m_notMine);
    // A check box does not wrap its text: the explanation goes below it, in a label that does.
    m_notMineHint = new QLabel(m_content);
    m_notMineHint->setWordWrap(true);
    m_notMineHint->setIndent(m_notMine->style()->pixelMetric(QStyle::PM_IndicatorWidth, nullptr, m_notMine)
        + m_notMine->style()->pixelMetric(QStyle::PM_CheckBoxLabelSpacing, nullptr, m_notMine));
    layout->addWidget(m_notMineHint);

    m_questionsBox = new QGroupBox(m_content);
    m_questionsBox->setObjectName(QStringLiteral("questionsBox"));
    // Each question above its answer, in labels that wrap (a form layout would squeeze them).
    auto* questions = new QVBoxLayout(m_questionsBox);
    m_autoUpdates = new QComboBox(m_questionsBox);
    m_autoUpdates->setObjectName(QStringLiteral("autoUpdatesAnswer"));
    m_lastUpdated = new QComboBox(m_questionsBox);
    m_lastUpdated->setObjectName(QStringLiteral("lastUpdatedAnswer"));
    m_passwordChanged = new QComboBox(m_questionsBox);
    m_passwordChanged->setObjectName(QStringLiteral("passwordChangedAnswer"));
    for (auto* combo : {m_autoUpdates, m_passwordChanged}) {
        combo->addItem(QString(), static_cast<int>(Answer::Unknown));
        combo->addItem(QString(), static_cast<int>(Answer::Yes));
        combo->addItem(QString(), static_cast<int>(Answer::No));
    }
    for (const auto value : {LastUpdate::Unknown, LastUpdate::WithinMonth, LastUpdate::WithinYear,
             LastUpdate::LongerAgo, LastUpdate::Never}) {
        m_lastUpdated->addItem(QString(), static_cast<int>(value));
    }
    const std::array<QComboBox*, 3> answers {m_autoUpdates, m_lastUpdated, m_passwordChanged};
    for (std::size_t i = 0; i < answers.size(); ++i) {
        m_questionLabels.at(i) = new QLabel(m_questionsBox);
        m_questionLabels.at(i)->setWordWrap(true);
        m_questionLabels.at(i)->setBuddy(answers.at(i));
        questions->addWidget(m_questionLabels.at(i));
        questions->addWidget(answers.at(i));
        if (i + 1 < answers.size()) {
            questions->addSpacing(m_questionsBox->fontMetrics().height() / 2);
        }
    }
    layout->addWidget(m_questionsBox);

    connect(m_apply, &QPushButton::clicked, this, &DeviceDetailPane::applyCorrection);
    connect(m_rename, &QLineEdit::returnPressed, this, &DeviceDetailPane::applyCorrection);
    connect(m_correctModel, &QLineEdit::returnPressed, this, &DeviceDetailPane::applyCorrection);
    connect(m_notMine, &QCheckBox::toggled, this, &DeviceDetailPane::applyAnswers);
    for (auto* combo : {m_autoUpdates, m_lastUpdated, m_passwordChanged}) {
        connect(combo, &QComboBox::currentIndexChanged, this, &DeviceDetailPane::applyAnswers);
    }
    connect(&m_session, &CheckupSession::adviceChanged, this, &DeviceDetailPane::showFacts);
    connect(&m_session, &CheckupSession::checkupReset, this, [this] { setDevice(std::nullopt); });

    retranslateUi();
    setDevice(std::nullopt);
}

void DeviceDetailPane::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void DeviceDetailPane::fillKindCombo(QComboBox* combo)
{
    std::set<QString> kinds;
    for (const auto& kind : knownKindIcons()) {
        kinds.insert(kind);
    }
    std::vector<std::pair<QString, QString>> named;  // name, id
    named.reserve(kinds.size());
    for (const auto& kind : kinds) {
        named.emplace_back(AdviceWording::kindName(kind.toStdString()), kind);
    }
    std::sort(named.begin(), named.end(),
        [](const auto& a, const auto& b) { return QString::localeAwareCompare(a.first, b.first) < 0; });
    const QSignalBlocker blocker(combo);
    const QVariant current = combo->currentData();
    combo->clear();
    combo->addItem(kindIcon(QString()), AdviceWording::kindName(std::nullopt), QString());
    for (const auto& [name, id] : named) {
        combo->addItem(kindIcon(id), name, id);
    }
    selectData(combo, current);
}

void DeviceDetailPane::fillMakerCombo(QComboBox* combo, const core::knowledge::Catalog* catalog)
{
    std::vector<std::pair<QString, QString>> named;  // name, id
    if (catalog != nullptr) {
        for (const auto& vendor : catalog->vendors()) {
            named.emplace_back(fromStd(vendor.name), fromStd(vendor.id));
        }
    }
    std::sort(named.begin(), named.end(),
        [](const auto& a, const auto& b) { return QString::localeAwareCompare(a.first, b.first) < 0; });
    const QSignalBlocker blocker(combo);
    const QVariant current = combo->currentData();
    combo->clear();
    combo->addItem(tr("unknown"), QString());
    for (const auto& [name, id] : named) {
        combo->addItem(name, id);
    }
    selectData(combo, current);
}

void DeviceDetailPane::retranslateUi()
{
    m_empty->setText(tr("Choose a device in the list to see what Voordeur knows about it."));
    const auto label = [](QFormLayout* form, QWidget* field, const QString& text) {
        if (auto* name = qobject_cast<QLabel*>(form->labelForField(field))) {
            name->setText(text);
            name->setWordWrap(true);
        }
        field->setAccessibleName(QString(text).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
    };
    label(m_factsForm, m_kind, tr("Kind:"));
    label(m_factsForm, m_maker, tr("Maker:"));
    label(m_factsForm, m_model, tr("Model:"));
    label(m_factsForm, m_firmware, tr("Firmware:"));
    label(m_factsForm, m_addresses, tr("Addresses:"));
    label(m_factsForm, m_mac, tr("MAC address:"));

    m_correctBox->setTitle(tr("Name and correct"));
    label(m_correctForm, m_rename, tr("Your &name for it:"));
    label(m_correctForm, m_correctKind, tr("&Kind:"));
    label(m_correctForm, m_correctMaker, tr("Ma&ker:"));
    label(m_correctForm, m_correctModel, tr("Mo&del:"));
    m_rename->setPlaceholderText(tr("for example: camera above the front door"));
    m_correctModel->setPlaceholderText(tr("as printed on the device, if you know it"));
    m_apply->setText(tr("&Apply"));
    m_apply->setAccessibleName(tr("Apply name and correction"));
    m_notMine->setText(tr("N&ot mine"));
    m_notMineHint->setText(tr("A neighbour's or a visitor's device: leave it out of the action plan."));
    m_notMine->setAccessibleDescription(m_notMineHint->text());

    m_questionsBox->setTitle(tr("About this device"));
    const auto question = [this](std::size_t i, QComboBox* answer, const QString& text) {
        m_questionLabels.at(i)->setText(text);
        answer->setAccessibleName(QString(text).remove(QLatin1Char('&')));
    };
    question(0, m_autoUpdates, tr("Are a&utomatic updates on?"));
    question(1, m_lastUpdated, tr("&When was it last updated?"));
    question(2, m_passwordChanged, tr("Was the factory &password changed?"));
    for (auto* combo : {m_autoUpdates, m_passwordChanged}) {
        combo->setItemText(0, tr("I don't know"));
        combo->setItemText(1, tr("Yes"));
        combo->setItemText(2, tr("No"));
    }
    m_lastUpdated->setItemText(0, tr("I don't know"));
    m_lastUpdated->setItemText(1, tr("Within the last month"));
    m_lastUpdated->setItemText(2, tr("Within the last year"));
    m_lastUpdated->setItemText(3, tr("Longer ago"));
    m_lastUpdated->setItemText(4, tr("Never"));

    fillKindCombo(m_correctKind);
    fillMakerCombo(m_correctMaker, m_session.catalog());
    showFacts();
}

void DeviceDetailPane::setDevice(std::optional<std::size_t> index)
{
    const Advice* advice = m_session.advice();
    if (index && (advice == nullptr || *index >= advice->scan.hosts.size())) {
        index.reset();
    }
    const bool changed = index != m_device;
    m_device = index;
    showFacts();
    if (changed) {
        loadEditors();
    }
}

void DeviceDetailPane::showFacts()
{
    // A helpdesk viewing someone's checkup may look, not change.
    m_correctBox->setEnabled(!m_session.isReadOnly());
    m_questionsBox->setEnabled(!m_session.isReadOnly());
    const Advice* advice = m_session.advice();
    const auto* catalog = m_session.catalog();
    if (m_device && (advice == nullptr || catalog == nullptr || *m_device >= advice->scan.hosts.size())) {
        m_device.reset();
    }
    m_empty->setVisible(!m_device);
    m_content->setVisible(m_device.has_value());
    if (!m_device) {
        return;
    }
    const std::size_t index = *m_device;
    const auto& host = advice->scan.hosts[index];
    const auto& notes = m_session.checkup().devices;
    const auto* note = index < notes.size() ? &notes[index] : nullptr;
    const auto* identity = index < advice->household.identities.size() ? &advice->household.identities[index] : nullptr;
    const auto* best = identity != nullptr ? identity->best() : nullptr;

    const QString automaticName = AdviceWording::deviceName(*advice, index, *catalog);
    m_name->setText(note != nullptr && !note->name.empty() ? fromStd(note->name) : automaticName);
    const QString kind = best != nullptr && best->kind ? fromStd(*best->kind) : QString();
    m_kindIcon->setPixmap(kindIcon(kind).pixmap(m_kindIcon->size()));
    m_kind->setText(AdviceWording::kindName(best != nullptr ? best->kind : std::nullopt));
    const auto* vendor = best != nullptr && best->vendorId ? catalog->vendor(*best->vendorId) : nullptr;
    const QString unknown = tr("unknown");
    m_maker->setText(vendor != nullptr ? fromStd(vendor->name)
                                       : (best != nullptr && best->vendorId ? fromStd(*best->vendorId) : unknown));
    m_model->setText(best != nullptr && best->model ? fromStd(*best->model) : unknown);
    m_firmware->setText(best != nullptr && best->firmware ? fromStd(*best->firmware) : unknown);
    QStringList addresses;
    for (const auto& address : host.addresses) {
        addresses << fromStd(address);
    }
    m_addresses->setText(addresses.isEmpty() ? (note != nullptr && note->addedByHand ? tr("added by hand") : unknown)
                                             : addresses.join(QStringLiteral(", ")));
    if (host.mac) {
        QString mac = fromStd(host.mac->toString());
        if (host.macRandomised) {
            mac = tr("%1 (a private MAC address: the device made it up, so it says nothing about the maker)").arg(mac);
        } else if (!host.macVendor.empty()) {
            mac = tr("%1 (registered to %2)").arg(mac, fromStd(host.macVendor));
        }
        m_mac->setText(mac);
    } else {
        m_mac->setText(unknown);
    }

    QStringList evidence;
    if (note != nullptr && note->addedByHand) {
        evidence << tr("You added this device by hand.").toHtmlEscaped();
    } else if (best == nullptr) {
        evidence << tr("Not recognised: the device told nothing Voordeur could use. If you know what it is, say so "
                       "below.")
                        .toHtmlEscaped();
    } else if (identity->corrected) {
        evidence << tr("You said what this device is.").toHtmlEscaped();
    } else {
        QStringList clues;
        for (const auto& clue : best->evidence) {
            const QString text = QStringLiteral("• ") + AdviceWording::clueText(clue).toHtmlEscaped();
            if (!clues.contains(text)) {
                clues << text;
            }
        }
        evidence << tr("<b>Recognised by</b> (%1 sure):").arg(percent(best->confidence)) + QStringLiteral("<br>")
                + clues.join(QStringLiteral("<br>"));
    }
    if (identity != nullptr && identity->candidates.size() > 1) {
        QStringList others;
        for (std::size_t i = 1; i < identity->candidates.size() && i <= 3; ++i) {
            const auto& other = identity->candidates[i];
            const QString clues = cluesText(other);
            others << (clues.isEmpty()
                    ? tr("%1 (%2)").arg(candidateName(other, *catalog), percent(other.confidence))
                    : tr("%1 (%2; by %3)").arg(candidateName(other, *catalog), percent(other.confidence), clues))
                          .toHtmlEscaped();
        }
        evidence << (identity->corrected ? tr("<b>Voordeur itself thought:</b> %1") : tr("<b>Could also be:</b> %1"))
                        .arg(others.join(QStringLiteral("; ")));
    }
    m_evidence->setText(evidence.join(QStringLiteral("<br>")));

    std::array<int, 3> counts {};
    int total = 0;
    for (const auto& finding : advice->findings) {
        if (std::find(finding.devices.begin(), finding.devices.end(), index) != finding.devices.end()) {
            ++counts.at(static_cast<std::size_t>(finding.severity));
            ++total;
        }
    }
    const int iconSize = fontMetrics().height();
    for (std::size_t i = 0; i < kSeverities.size(); ++i) {
        const bool shown = counts.at(i) > 0;
        m_severityIcons.at(i)->setVisible(shown);
        m_severityCounts.at(i)->setVisible(shown);
        m_severityIcons.at(i)->setPixmap(severityIcon(kSeverities.at(i)).pixmap(iconSize, iconSize));
        m_severityIcons.at(i)->setToolTip(AdviceWording::severityName(kSeverities.at(i)));
        m_severityCounts.at(i)->setText(QLocale().toString(counts.at(i)));
        m_severityCounts.at(i)->setAccessibleName(
            tr("%1: %2").arg(AdviceWording::severityName(kSeverities.at(i)), QLocale().toString(counts.at(i))));
    }
    if (note != nullptr && note->notMine) {
        m_findingsText->setText(tr("Not yours: left out of the action plan."));
    } else if (total == 0) {
        m_findingsText->setText(tr("Nothing to do for this device."));
    } else {
        m_findingsText->setText(tr("%n thing(s) to do for this device, in step 5.", nullptr, total));
    }
}

void DeviceDetailPane::loadEditors()
{
    const Advice* advice = m_session.advice();
    const auto& notes = m_session.checkup().devices;
    core::checkup::DeviceNotes note;
    const core::identify::Candidate* best = nullptr;
    if (m_device && *m_device < notes.size()) {
        note = notes[*m_device];
    }
    if (m_device && advice != nullptr && *m_device < advice->household.identities.size()) {
        best = advice->household.identities[*m_device].best();
    }
    m_loadedMaker = best != nullptr && best->vendorId ? fromStd(*best->vendorId) : QString();
    m_loadedModel = best != nullptr && best->model ? fromStd(*best->model) : QString();
    m_loadedKind = best != nullptr && best->kind ? fromStd(*best->kind) : QString();

    const QSignalBlocker blockMaker(m_correctMaker);
    const QSignalBlocker blockKind(m_correctKind);
    const QSignalBlocker blockNotMine(m_notMine);
    const QSignalBlocker blockAuto(m_autoUpdates);
    const QSignalBlocker blockLast(m_lastUpdated);
    const QSignalBlocker blockPassword(m_passwordChanged);
    m_rename->setText(fromStd(note.name));
    if (m_correctMaker->findData(m_loadedMaker) < 0) {
        m_correctMaker->addItem(m_loadedMaker, m_loadedMaker);
    }
    selectData(m_correctMaker, m_loadedMaker);
    m_correctModel->setText(m_loadedModel);
    if (m_correctKind->findData(m_loadedKind) < 0) {
        m_correctKind->addItem(
            kindIcon(m_loadedKind), AdviceWording::kindName(m_loadedKind.toStdString()), m_loadedKind);
    }
    selectData(m_correctKind, m_loadedKind);
    m_notMine->setChecked(note.notMine);
    selectData(m_autoUpdates, static_cast<int>(note.autoUpdates));
    selectData(m_lastUpdated, static_cast<int>(note.lastUpdated));
    selectData(m_passwordChanged, static_cast<int>(note.factoryPasswordChanged));
}

void DeviceDetailPane::applyCorrection()
{
    if (!m_device || *m_device >= m_session.checkup().devices.size()) {
        return;
    }
    auto notes = m_session.checkup().devices[*m_device];
    notes.name = m_rename->text().trimmed().toStdString();
    // Only what the household changed becomes a correction; the rest stays as recognised.
    const auto changed = [](const QString& now, const QString& loaded, std::optional<std::string>& field) {
        if (now != loaded) {
            field = now.isEmpty() ? std::nullopt : std::optional<std::string>(now.toStdString());
        }
    };
    changed(m_correctMaker->currentData().toString(), m_loadedMaker, notes.correction.vendorId);
    changed(m_correctModel->text().trimmed(), m_loadedModel, notes.correction.model);
    changed(m_correctKind->currentData().toString(), m_loadedKind, notes.correction.kind);
    m_session.setDeviceNotes(*m_device, notes);
    loadEditors();
}

void DeviceDetailPane::applyAnswers()
{
    if (!m_device || *m_device >= m_session.checkup().devices.size()) {
        return;
    }
    auto notes = m_session.checkup().devices[*m_device];
    notes.notMine = m_notMine->isChecked();
    notes.autoUpdates = static_cast<Answer>(m_autoUpdates->currentData().toInt());
    notes.lastUpdated = static_cast<LastUpdate>(m_lastUpdated->currentData().toInt());
    notes.factoryPasswordChanged = static_cast<Answer>(m_passwordChanged->currentData().toInt());
    if (!(notes == m_session.checkup().devices[*m_device])) {
        m_session.setDeviceNotes(*m_device, notes);
    }
}

}  // namespace voordeur::ui
