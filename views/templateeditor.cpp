#include "templateeditor.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sagstjek {

namespace {

constexpr int SectionRole = Qt::UserRole;
constexpr int ItemRole = Qt::UserRole + 1;

QString key(const char *text)
{
    return QString::fromLatin1(text);
}

LocalizedText localized(const QJsonObject &object, const QString &field)
{
    return LocalizedText::fromJson(object.value(field));
}

QPlainTextEdit *smallTextEdit()
{
    auto *edit = new QPlainTextEdit;
    edit->setTabChangesFocus(true);
    edit->setMaximumHeight(70);
    return edit;
}

} // namespace

TemplateEditor::TemplateEditor(Session &session, QWidget *parent)
    : QDialog(parent)
    , m_service(session)
    , m_language(session.language())
    , m_readOnly(!session.policy().may(Permission::EditTemplates))
{
    setWindowTitle(tr("Edit cue cards"));
    resize(1100, 660);

    m_templates = new QComboBox;
    m_templates->setObjectName(QStringLiteral("templates"));
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Cue card:")));
    top->addWidget(m_templates, 1);

    m_tree = new QTreeWidget;
    m_tree->setObjectName(QStringLiteral("items"));
    m_tree->setHeaderLabels({tr("Item"), tr("Question")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_add = new QPushButton(tr("&Add item…"));
    m_up = new QPushButton(tr("Move &up"));
    m_down = new QPushButton(tr("Move &down"));
    m_remove = new QPushButton(tr("&Retire item"));
    auto *treeButtons = new QHBoxLayout;
    for (QPushButton *button : {m_add, m_up, m_down, m_remove})
        treeButtons->addWidget(button);
    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_tree);
    leftLayout->addLayout(treeButtons);

    m_itemEditor = new QWidget;
    auto *form = new QFormLayout(m_itemEditor);
    m_itemKey = new QLabel;
    m_itemKey->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_textDa = new QLineEdit;
    m_textDa->setObjectName(QStringLiteral("textDa"));
    m_textEn = new QLineEdit;
    m_lawDa = new QLineEdit;
    m_lawEn = new QLineEdit;
    m_guidanceDa = smallTextEdit();
    m_guidanceEn = smallTextEdit();
    m_remediationDa = smallTextEdit();
    m_remediationEn = smallTextEdit();
    m_severity = new QComboBox;
    m_severity->addItem(tr("Critical"), key("critical"));
    m_severity->addItem(tr("Major"), key("major"));
    m_severity->addItem(tr("Minor"), key("minor"));
    m_subgroups = new QLineEdit;
    m_subgroups->setPlaceholderText(tr("empty = every case of the area"));
    m_rules = new QPlainTextEdit;
    m_rules->setObjectName(QStringLiteral("rules"));
    m_rules->setTabChangesFocus(true);
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::TypeWriter);
    m_rules->setFont(mono);
    form->addRow(tr("Key:"), m_itemKey);
    form->addRow(tr("Question (Danish):"), m_textDa);
    form->addRow(tr("Question (English):"), m_textEn);
    form->addRow(tr("Law (Danish):"), m_lawDa);
    form->addRow(tr("Law (English):"), m_lawEn);
    form->addRow(tr("Guidance (Danish):"), m_guidanceDa);
    form->addRow(tr("Guidance (English):"), m_guidanceEn);
    form->addRow(tr("Remediation (Danish):"), m_remediationDa);
    form->addRow(tr("Remediation (English):"), m_remediationEn);
    form->addRow(tr("Severity:"), m_severity);
    form->addRow(tr("Subgroups (comma-separated):"), m_subgroups);
    form->addRow(tr("Rules (JSON):"), m_rules);

    m_preview = new QTextBrowser;
    m_preview->setObjectName(QStringLiteral("preview"));
    m_tabs = new QTabWidget;
    // The item's fields scroll, so the dialog fits a small screen (1366×768).
    auto *itemScroll = new QScrollArea;
    itemScroll->setWidgetResizable(true);
    itemScroll->setFrameShape(QFrame::NoFrame);
    itemScroll->setWidget(m_itemEditor);
    m_tabs->addTab(itemScroll, tr("Item"));
    m_tabs->addTab(m_preview, tr("Preview"));

    auto *splitter = new QSplitter;
    splitter->addWidget(left);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(1, 1);

    m_problems = new QPlainTextEdit;
    m_problems->setObjectName(QStringLiteral("problems"));
    m_problems->setReadOnly(true);
    m_problems->setMaximumHeight(90);
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_save = buttons->addButton(tr("&Save as new version"), QDialogButtonBox::ActionRole);
    m_save->setObjectName(QStringLiteral("save"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    if (m_readOnly) {
        auto *note = new QLabel(tr("You may look at the cue cards but not change them: editing templates needs "
                                   "the permission to edit cue-card templates."));
        note->setWordWrap(true);
        layout->addWidget(note);
    }
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
    layout->addWidget(new QLabel(tr("Problems:")));
    layout->addWidget(m_problems);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    for (QLineEdit *edit : {m_textDa, m_textEn, m_lawDa, m_lawEn, m_subgroups})
        edit->setReadOnly(m_readOnly);
    for (QPlainTextEdit *edit : {m_guidanceDa, m_guidanceEn, m_remediationDa, m_remediationEn, m_rules})
        edit->setReadOnly(m_readOnly);
    m_severity->setEnabled(!m_readOnly);
    for (QPushButton *button : {m_add, m_up, m_down, m_remove, m_save})
        button->setVisible(!m_readOnly);

    connect(m_templates, &QComboBox::currentIndexChanged, this, &TemplateEditor::loadTemplate);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this] {
        showItem();
        updateButtons();
    });
    auto pairLine = [this](QLineEdit *da, QLineEdit *en, const QString &field) {
        for (QLineEdit *edit : {da, en})
            connect(edit, &QLineEdit::textChanged, this,
                    [this, da, en, field] { storeField(field, da->text(), en->text()); });
    };
    pairLine(m_textDa, m_textEn, key("text"));
    pairLine(m_lawDa, m_lawEn, key("law"));
    auto pairText = [this](QPlainTextEdit *da, QPlainTextEdit *en, const QString &field) {
        for (QPlainTextEdit *edit : {da, en})
            connect(edit, &QPlainTextEdit::textChanged, this,
                    [this, da, en, field] { storeField(field, da->toPlainText(), en->toPlainText()); });
    };
    pairText(m_guidanceDa, m_guidanceEn, key("guidance"));
    pairText(m_remediationDa, m_remediationEn, key("remediation"));
    connect(m_severity, &QComboBox::currentIndexChanged, this, &TemplateEditor::storeSeverity);
    connect(m_subgroups, &QLineEdit::textChanged, this, &TemplateEditor::storeSubgroups);
    connect(m_rules, &QPlainTextEdit::textChanged, this, &TemplateEditor::storeRules);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] { refreshPreview(); });

    connect(m_add, &QPushButton::clicked, this, [this] {
        const int section = currentPosition().first;
        if (section < 0) {
            m_status->setText(tr("Select the section the new item belongs to."));
            return;
        }
        bool ok = false;
        const QString name = QInputDialog::getText(
            this, tr("Add item"),
            tr("Name of the new item (lower-case letters, digits, _ and -); its key will be %1.%2.<name>:")
                .arg(m_card.key, m_sections.at(section).json.value(key("key")).toString()),
            QLineEdit::Normal, {}, &ok);
        if (!ok)
            return;
        QString message;
        if (!addItem(section, name.trimmed(), &message))
            m_status->setText(message);
    });
    connect(m_up, &QPushButton::clicked, this, [this] { moveSelectedItem(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveSelectedItem(1); });
    connect(m_remove, &QPushButton::clicked, this, &TemplateEditor::removeSelectedItem);
    connect(m_save, &QPushButton::clicked, this, [this] { saveAsNewVersion(); });

    reloadTemplateList();
}

void TemplateEditor::reloadTemplateList(qint64 selectId)
{
    auto list = m_service.list();
    const QSignalBlocker blocker(m_templates);
    m_templates->clear();
    m_templateIds.clear();
    if (!list) {
        m_status->setText(list.error().message);
        return;
    }
    int select = 0;
    for (const TemplateSummary &summary : list.value()) {
        if (summary.id == selectId)
            select = int(m_templateIds.size());
        m_templateIds << summary.id;
        m_templates->addItem(
            tr("%1, version %2: %3").arg(summary.key).arg(summary.version).arg(summary.title.in(m_language)));
    }
    m_templates->setCurrentIndex(select);
    loadTemplate(select);
}

void TemplateEditor::loadTemplate(int index)
{
    m_sections.clear();
    m_rulesErrors.clear();
    m_card = CueCard();
    if (index >= 0 && index < m_templateIds.size()) {
        auto card = m_service.load(m_templateIds.at(index));
        if (!card) {
            m_status->setText(card.error().message);
        } else {
            m_card = card.value();
            for (const QJsonValue &sectionValue : m_card.json.value(key("sections")).toArray()) {
                Section section;
                section.json = sectionValue.toObject();
                for (const QJsonValue &item : section.json.value(key("items")).toArray())
                    section.items << item.toObject();
                section.json.remove(key("items"));
                m_sections << section;
            }
        }
    }
    rebuildTree();
    refreshProblems();
    refreshPreview();
}

QString TemplateEditor::itemLabel(const QJsonObject &item) const
{
    return localized(item, key("text")).in(m_language);
}

void TemplateEditor::rebuildTree(const QString &selectKey)
{
    const QSignalBlocker blocker(m_tree);
    m_tree->clear();
    QTreeWidgetItem *selected = nullptr;
    for (int s = 0; s < m_sections.size(); ++s) {
        const Section &section = m_sections.at(s);
        auto *sectionNode = new QTreeWidgetItem(
            m_tree, {section.json.value(key("key")).toString(), localized(section.json, key("title")).in(m_language)});
        QFont bold = sectionNode->font(0);
        bold.setBold(true);
        sectionNode->setFont(0, bold);
        sectionNode->setFont(1, bold);
        sectionNode->setData(0, SectionRole, s);
        sectionNode->setData(0, ItemRole, -1);
        for (int i = 0; i < section.items.size(); ++i) {
            const QJsonObject &item = section.items.at(i);
            const QString itemKey = item.value(key("key")).toString();
            auto *node = new QTreeWidgetItem(sectionNode, {itemKey, itemLabel(item)});
            node->setData(0, SectionRole, s);
            node->setData(0, ItemRole, i);
            node->setToolTip(1, itemLabel(item));
            if (itemKey == selectKey)
                selected = node;
        }
        sectionNode->setExpanded(true);
    }
    if (selected)
        m_tree->setCurrentItem(selected);
    showItem();
    updateButtons();
}

std::pair<int, int> TemplateEditor::currentPosition() const
{
    const QTreeWidgetItem *node = m_tree->currentItem();
    if (!node)
        return {-1, -1};
    return {node->data(0, SectionRole).toInt(), node->data(0, ItemRole).toInt()};
}

QJsonObject *TemplateEditor::currentItem()
{
    const auto [section, item] = currentPosition();
    if (section < 0 || section >= m_sections.size() || item < 0 || item >= m_sections.at(section).items.size())
        return nullptr;
    return &m_sections[section].items[item];
}

bool TemplateEditor::selectItem(const QString &itemKey)
{
    const QList<QTreeWidgetItem *> found = m_tree->findItems(itemKey, Qt::MatchExactly | Qt::MatchRecursive, 0);
    for (QTreeWidgetItem *node : found) {
        if (node->data(0, ItemRole).toInt() >= 0) {
            m_tree->setCurrentItem(node);
            return true;
        }
    }
    return false;
}

void TemplateEditor::showItem()
{
    const QJsonObject *item = currentItem();
    m_loading = true;
    m_itemEditor->setEnabled(item != nullptr);
    const QJsonObject shown = item ? *item : QJsonObject();
    const QString itemKey = shown.value(key("key")).toString();
    m_itemKey->setText(itemKey);
    auto setPair = [&shown](auto *da, auto *en, const QString &field) {
        const LocalizedText text = localized(shown, field);
        if constexpr (std::is_same_v<std::remove_pointer_t<decltype(da)>, QLineEdit>) {
            da->setText(text.da);
            en->setText(text.en);
        } else {
            da->setPlainText(text.da);
            en->setPlainText(text.en);
        }
    };
    setPair(m_textDa, m_textEn, key("text"));
    setPair(m_lawDa, m_lawEn, key("law"));
    setPair(m_guidanceDa, m_guidanceEn, key("guidance"));
    setPair(m_remediationDa, m_remediationEn, key("remediation"));
    const int severity = m_severity->findData(shown.value(key("severity")).toString(key("major")));
    m_severity->setCurrentIndex(severity < 0 ? 1 : severity);
    QStringList subgroups;
    for (const QJsonValue &value : shown.value(key("applies")).toObject().value(key("subgroups")).toArray())
        subgroups << value.toString();
    m_subgroups->setText(subgroups.join(QStringLiteral(", ")));
    const QJsonArray rules = shown.value(key("rules")).toArray();
    m_rules->setPlainText(rules.isEmpty() ? QString()
                                          : QString::fromUtf8(QJsonDocument(rules).toJson(QJsonDocument::Indented)));
    m_loading = false;
}

void TemplateEditor::storeField(const QString &field, const QString &da, const QString &en)
{
    QJsonObject *item = currentItem();
    if (m_loading || m_readOnly || !item)
        return;
    if (field != u"text" && da.isEmpty() && en.isEmpty())
        item->remove(field);
    else
        item->insert(field, QJsonObject{{key("da"), da}, {key("en"), en}});
    if (field == u"text")
        if (QTreeWidgetItem *node = m_tree->currentItem())
            node->setText(1, itemLabel(*item));
    refreshProblems();
}

void TemplateEditor::storeSeverity()
{
    QJsonObject *item = currentItem();
    if (m_loading || m_readOnly || !item)
        return;
    item->insert(key("severity"), m_severity->currentData().toString());
    refreshProblems();
}

void TemplateEditor::storeSubgroups()
{
    QJsonObject *item = currentItem();
    if (m_loading || m_readOnly || !item)
        return;
    QJsonArray subgroups;
    for (const QString &part : m_subgroups->text().split(u',', Qt::SkipEmptyParts))
        if (!part.trimmed().isEmpty())
            subgroups.append(part.trimmed());
    QJsonObject applies = item->value(key("applies")).toObject();
    if (subgroups.isEmpty())
        applies.remove(key("subgroups"));
    else
        applies.insert(key("subgroups"), subgroups);
    if (applies.isEmpty())
        item->remove(key("applies"));
    else
        item->insert(key("applies"), applies);
    refreshProblems();
}

void TemplateEditor::storeRules()
{
    QJsonObject *item = currentItem();
    if (m_loading || m_readOnly || !item)
        return;
    const QString itemKey = item->value(key("key")).toString();
    const QString text = m_rules->toPlainText().trimmed();
    m_rulesErrors.remove(itemKey);
    if (text.isEmpty()) {
        item->remove(key("rules"));
    } else {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError)
            m_rulesErrors.insert(itemKey, tr("%1: the rules are not valid JSON at byte %2: %3")
                                              .arg(itemKey)
                                              .arg(error.offset)
                                              .arg(error.errorString()));
        else if (!document.isArray())
            m_rulesErrors.insert(itemKey, tr("%1: the rules must be a JSON array.").arg(itemKey));
        else
            item->insert(key("rules"), document.array());
    }
    refreshProblems();
}

QJsonObject TemplateEditor::editedJson() const
{
    QJsonObject json = m_card.json;
    QJsonArray sections;
    for (const Section &section : m_sections) {
        QJsonObject object = section.json;
        QJsonArray items;
        for (const QJsonObject &item : section.items)
            items.append(item);
        object.insert(key("items"), items);
        sections.append(object);
    }
    json.insert(key("sections"), sections);
    return json;
}

QStringList TemplateEditor::currentProblems() const
{
    if (m_card.key.isEmpty())
        return {tr("No cue card is loaded.")};
    QStringList found = m_rulesErrors.values();
    found.sort();
    auto card = CueCard::fromJson(editedJson());
    if (!card)
        found << card.error().message;
    else
        found << TemplateService::problems(card.value());
    return found;
}

void TemplateEditor::refreshProblems()
{
    const QStringList found = currentProblems();
    m_problems->setPlainText(found.isEmpty() ? tr("No problems.") : found.join(u'\n'));
    if (m_tabs->currentWidget() == m_preview)
        refreshPreview();
    updateButtons();
}

void TemplateEditor::refreshPreview()
{
    if (m_tabs->currentWidget() != m_preview && !m_preview->document()->isEmpty())
        return;
    QString html = QStringLiteral("<h2>%1</h2>").arg(m_card.title.in(m_language).toHtmlEscaped());
    for (const Section &section : m_sections) {
        html +=
            QStringLiteral("<h3>%1</h3><ol>").arg(localized(section.json, key("title")).in(m_language).toHtmlEscaped());
        for (const QJsonObject &item : section.items) {
            const QString law = localized(item, key("law")).in(m_language);
            html += QStringLiteral("<li>%1").arg(itemLabel(item).toHtmlEscaped());
            if (!law.isEmpty())
                html += QStringLiteral(" <i>(%1)</i>").arg(law.toHtmlEscaped());
            html += QStringLiteral("</li>");
        }
        html += QStringLiteral("</ol>");
    }
    m_preview->setHtml(html);
}

void TemplateEditor::updateButtons()
{
    const auto [section, item] = currentPosition();
    m_add->setEnabled(!m_readOnly && section >= 0);
    const bool onItem = !m_readOnly && section >= 0 && item >= 0;
    m_up->setEnabled(onItem && item > 0);
    m_down->setEnabled(onItem && item + 1 < m_sections.at(section).items.size());
    m_remove->setEnabled(onItem);
    m_save->setEnabled(!m_readOnly && !m_card.key.isEmpty());
}

bool TemplateEditor::addItem(int sectionIndex, const QString &name, QString *message)
{
    auto refuse = [message](const QString &text) {
        if (message)
            *message = text;
        return false;
    };
    if (m_readOnly)
        return refuse(tr("You may not change cue cards."));
    if (sectionIndex < 0 || sectionIndex >= m_sections.size())
        return refuse(tr("Select the section the new item belongs to."));
    const QString itemKey =
        QStringLiteral("%1.%2.%3").arg(m_card.key, m_sections.at(sectionIndex).json.value(key("key")).toString(), name);
    // The name is the key's last segment: no '.' of its own, and the whole key must be valid.
    if (name.contains(u'.') || !isValidItemKey(name) || !isValidItemKey(itemKey))
        return refuse(tr("The name \"%1\" is not valid: use lower-case letters, digits, _ and -.").arg(name));
    for (const Section &section : m_sections)
        for (const QJsonObject &item : section.items)
            if (item.value(key("key")).toString() == itemKey)
                return refuse(tr("The cue card already has an item %1.").arg(itemKey));
    m_sections[sectionIndex].items.append(
        QJsonObject{{key("key"), itemKey},
                    {key("text"), QJsonObject{{key("da"), QString()}, {key("en"), QString()}}},
                    {key("severity"), key("major")}});
    rebuildTree(itemKey);
    refreshProblems();
    m_tabs->setCurrentWidget(m_itemEditor);
    m_textDa->setFocus();
    return true;
}

void TemplateEditor::moveSelectedItem(int delta)
{
    const auto [section, item] = currentPosition();
    if (m_readOnly || !currentItem())
        return;
    QList<QJsonObject> &items = m_sections[section].items;
    const int target = item + delta;
    if (target < 0 || target >= items.size())
        return;
    const QString itemKey = items.at(item).value(key("key")).toString();
    items.move(item, target);
    rebuildTree(itemKey);
    refreshProblems();
}

void TemplateEditor::removeSelectedItem()
{
    const auto [section, item] = currentPosition();
    if (m_readOnly || !currentItem())
        return;
    const QString itemKey = m_sections.at(section).items.at(item).value(key("key")).toString();
    m_sections[section].items.removeAt(item);
    m_rulesErrors.remove(itemKey);
    rebuildTree();
    if (QTreeWidgetItem *sectionNode = m_tree->topLevelItem(section))
        m_tree->setCurrentItem(sectionNode);
    m_status->setText(tr("Item %1 retired; it disappears from the cue card when you save.").arg(itemKey));
    refreshProblems();
}

int TemplateEditor::saveAsNewVersion()
{
    if (m_readOnly) {
        m_status->setText(tr("You may not change cue cards."));
        return 0;
    }
    const QStringList found = currentProblems();
    if (!found.isEmpty()) {
        m_problems->setPlainText(found.join(u'\n'));
        m_status->setText(tr("Not saved: the cue card has problems:\n%1").arg(found.join(u'\n')));
        return 0;
    }
    auto edited = CueCard::fromJson(editedJson());
    if (!edited) {
        m_status->setText(tr("Not saved: %1").arg(edited.error().message));
        return 0;
    }
    auto orphaned = m_service.orphanedItems(edited.value());
    if (!orphaned) {
        m_status->setText(tr("Not saved: %1").arg(orphaned.error().message));
        return 0;
    }
    if (!orphaned->isEmpty()) {
        const auto answer = QMessageBox::question(
            this, tr("Items with answers"),
            tr("Answers in existing reviews refer to these items, which the new version no longer has:\n\n%1\n\n"
               "Those reviews keep their version and still show the answers. Save the new version?")
                .arg(orphaned->join(u'\n')),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes) {
            m_status->setText(tr("Not saved."));
            return 0;
        }
    }
    auto stored = m_service.saveNewVersion(edited.value());
    if (!stored) {
        m_status->setText(tr("Not saved: %1").arg(stored.error().message));
        return 0;
    }
    const int version = stored->version;
    reloadTemplateList(stored->id);
    m_status->setText(tr("Saved %1 as version %2.").arg(stored->key).arg(version));
    emit saved(version);
    return version;
}

} // namespace sagstjek
