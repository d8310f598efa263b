#include "NewTaskDialog.h"

#include "tasks/OperatorActions.h"
#include "tasks/TaskService.h"
#include "ui_NewTaskDialog.h"

#include <QAction>
#include <QFormLayout>
#include <QJsonArray>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>

namespace agentdesk {

namespace {
void showProblem(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
    label->setStyleSheet(QStringLiteral("color: palette(link-visited); color: #c01c28;"));
}
} // namespace

NewTaskDialog::NewTaskDialog(TaskService &service, OperatorActions &actions, const QList<Account> &accounts,
                             QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::NewTaskDialog>()), m_service(service), m_actions(actions),
      m_accounts(accounts)
{
    m_ui->setupUi(this);
    for (QLabel *l : {m_ui->repoError, m_ui->promptError, m_ui->envError, m_ui->submitError})
        showProblem(l, {});
    buildProviderOptions();
    m_addAccount = m_ui->buttons->addButton(tr("Add &Account…"), QDialogButtonBox::ActionRole);
    m_addAccount->setToolTip(tr("Open Accounts to add a provider account; this draft stays as it is."));
    connect(m_addAccount, &QPushButton::clicked, this, &NewTaskDialog::accountsRequested);
    fillProviders();
    // Ctrl+Enter sends from anywhere in the dialog, the prompt included.
    auto *send = new QAction(this);
    send->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    send->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(send, &QAction::triggered, this, &NewTaskDialog::accept);
    addAction(send);

    connect(m_ui->providerCombo, &QComboBox::currentIndexChanged, this, [this] {
        fillAccounts();
        showProviderOptions();
        revalidate();
    });
    connect(m_ui->accountCombo, &QComboBox::currentIndexChanged, this, &NewTaskDialog::fetchSources);
    connect(m_ui->repoEdit, &QComboBox::editTextChanged, this, &NewTaskDialog::revalidate);
    connect(m_ui->promptEdit, &QPlainTextEdit::textChanged, this, &NewTaskDialog::revalidate);
    connect(m_ui->envEdit, &QPlainTextEdit::textChanged, this, &NewTaskDialog::revalidate);
    connect(m_ui->branchEdit, &QLineEdit::textChanged, this, &NewTaskDialog::revalidate);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &NewTaskDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &NewTaskDialog::reject);
    m_ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("&Send task"));
    fillAccounts();
    showProviderOptions();
    revalidate();
    m_ui->repoEdit->setFocus();
}

void NewTaskDialog::fillProviders()
{
    const QString wanted = m_ui->providerCombo->currentData().toString();
    const QSignalBlocker block(m_ui->providerCombo);
    m_ui->providerCombo->clear();
    for (ProviderId id : m_service.availableProviders()) {
        bool hasAccount = false;
        for (const Account &a : std::as_const(m_accounts))
            hasAccount |= a.provider == id;
        if (hasAccount)
            m_ui->providerCombo->addItem(m_service.capabilities(id).experimental
                                             ? tr("%1 (experimental)").arg(providerDisplayName(id))
                                             : providerDisplayName(id),
                                         providerKey(id));
    }
    if (const int i = m_ui->providerCombo->findData(wanted); i >= 0)
        m_ui->providerCombo->setCurrentIndex(i);
    const bool none = m_ui->providerCombo->count() == 0;
    showProblem(m_ui->submitError, none ? tr("No provider account is set up yet: add one first (Add Account…); "
                                             "what you typed here stays.")
                                        : QString());
    m_addAccount->setDefault(none);
}

void NewTaskDialog::setAccounts(const QList<Account> &accounts)
{
    m_accounts = accounts;
    fillProviders();
    fillAccounts();
    showProviderOptions();
    revalidate();
}

void NewTaskDialog::setDraft(const NewTask &draft)
{
    if (const int i = m_ui->providerCombo->findData(draft.provider); i >= 0)
        m_ui->providerCombo->setCurrentIndex(i);
    if (const int i = m_ui->accountCombo->findData(draft.account); i >= 0)
        m_ui->accountCombo->setCurrentIndex(i);
    m_ui->repoEdit->setEditText(draft.repoUrl);
    m_ui->branchEdit->setText(draft.branch);
    m_ui->promptEdit->setPlainText(draft.prompt);
    m_ui->autoPrCheck->setChecked(draft.options.autoCreatePr);
    m_ui->planApprovalCheck->setChecked(draft.options.planApprovalRequired);
    QStringList env;
    for (auto it = draft.options.environment.cbegin(); it != draft.options.environment.cend(); ++it)
        env << it.key() + QLatin1Char('=') + it.value();
    m_ui->envEdit->setPlainText(env.join(QLatin1Char('\n')));
    revalidate();
}

void NewTaskDialog::buildProviderOptions()
{
    m_maxAcu = new QSpinBox(this);
    m_maxAcu->setRange(0, 10000);
    m_maxAcu->setSpecialValueText(tr("no limit"));
    m_maxAcu->setAccessibleName(tr("Maximum ACUs"));
    m_tags = new QLineEdit(this);
    m_tags->setPlaceholderText(tr("comma-separated"));
    m_tags->setAccessibleName(tr("Tags"));
    m_model = new QLineEdit(this);
    m_model->setPlaceholderText(tr("the account's default"));
    m_model->setAccessibleName(tr("Model"));
    m_bestOf = new QSpinBox(this);
    m_bestOf->setRange(1, 4);
    m_bestOf->setAccessibleName(tr("Attempts"));
    m_codexEnv = new QComboBox(this);
    m_codexEnv->addItem(tr("Match the repository"), QString());
    m_codexEnv->setAccessibleName(tr("Codex environment"));
    m_experimental = new QLabel(tr("Codex Cloud support is experimental: it uses the unofficial backend of the Codex "
                                   "CLI with your own Codex login."),
                                this);
    m_experimental->setWordWrap(true);
    auto *form = m_ui->form;
    form->addRow(tr("Max &ACUs:"), m_maxAcu);
    form->addRow(tr("&Tags:"), m_tags);
    form->addRow(tr("Mo&del:"), m_model);
    form->addRow(tr("Attem&pts:"), m_bestOf);
    form->addRow(tr("Codex en&vironment:"), m_codexEnv);
    form->addRow(QString(), m_experimental);
}

void NewTaskDialog::showProviderOptions()
{
    const auto provider = providerFromKey(m_ui->providerCombo->currentData().toString());
    auto show = [this](QWidget *field, bool visible) {
        field->setVisible(visible);
        if (QWidget *label = m_ui->form->labelForField(field))
            label->setVisible(visible);
    };
    show(m_maxAcu, provider == ProviderId::Devin);
    show(m_tags, provider == ProviderId::Devin);
    show(m_model, provider == ProviderId::CursorCloud);
    show(m_bestOf, provider == ProviderId::CodexCloud);
    show(m_codexEnv, provider == ProviderId::CodexCloud);
    show(m_experimental, provider == ProviderId::CodexCloud);
    const Capabilities caps = provider ? m_service.capabilities(*provider) : Capabilities{};
    const bool autoPr = provider != ProviderId::CodexCloud;
    m_ui->autoPrCheck->setEnabled(autoPr);
    m_ui->autoPrCheck->setToolTip(autoPr ? QString() : tr("Codex Cloud opens pull requests from its own web app."));
    if (!autoPr)
        m_ui->autoPrCheck->setChecked(false);
    Q_UNUSED(caps)
}

QJsonObject NewTaskDialog::providerOptions() const
{
    QJsonObject o;
    const auto provider = providerFromKey(m_ui->providerCombo->currentData().toString());
    if (provider == ProviderId::Devin) {
        if (m_maxAcu->value() > 0)
            o.insert(QStringLiteral("maxAcuLimit"), m_maxAcu->value());
        QJsonArray tags;
        const QStringList parts = m_tags->text().split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString &t : parts)
            if (!t.trimmed().isEmpty())
                tags.append(t.trimmed());
        if (!tags.isEmpty())
            o.insert(QStringLiteral("tags"), tags);
    } else if (provider == ProviderId::CursorCloud && !m_model->text().trimmed().isEmpty()) {
        o.insert(QStringLiteral("model"), m_model->text().trimmed());
    } else if (provider == ProviderId::CodexCloud) {
        if (m_bestOf->value() > 1)
            o.insert(QStringLiteral("bestOfN"), m_bestOf->value());
        if (!m_codexEnv->currentData().toString().isEmpty())
            o.insert(QStringLiteral("environmentId"), m_codexEnv->currentData().toString());
    }
    return o;
}

NewTaskDialog::~NewTaskDialog() = default;

void NewTaskDialog::fillAccounts()
{
    m_ui->accountCombo->clear();
    const auto provider = providerFromKey(m_ui->providerCombo->currentData().toString());
    for (const Account &a : std::as_const(m_accounts))
        if (provider && a.provider == *provider)
            m_ui->accountCombo->addItem(a.name, a.name);
    m_ui->accountCombo->setEnabled(m_ui->accountCombo->count() > 1);
    const Capabilities caps = provider ? m_service.capabilities(*provider) : Capabilities{};
    m_ui->planApprovalCheck->setEnabled(caps.planApproval);
    m_ui->planApprovalCheck->setToolTip(caps.planApproval ? QString() : tr("This provider has no plan approval step."));
    if (!caps.planApproval)
        m_ui->planApprovalCheck->setChecked(false);
}

void NewTaskDialog::fetchSources()
{
    const auto provider = providerFromKey(m_ui->providerCombo->currentData().toString());
    if (!provider || !m_service.capabilities(*provider).listSources)
        return;
    NewTaskDialog *self = this; // answered only while this dialog lives
    m_service.listSources(
        *provider, m_ui->accountCombo->currentData().toString(), this, [self](const Outcome<QList<SourceInfo>> &r) {
            if (!r.ok())
                return; // the picker stays a free text field
            const QString typed = self->m_ui->repoEdit->currentText();
            self->m_ui->repoEdit->clear();
            while (self->m_codexEnv->count() > 1)
                self->m_codexEnv->removeItem(1);
            for (const SourceInfo &s : r.value) {
                if (!s.url.isEmpty() && self->m_ui->repoEdit->findText(s.url) < 0)
                    self->m_ui->repoEdit->addItem(s.url);
                // For Codex the sources are environments: offer them by name.
                if (self->m_ui->providerCombo->currentData().toString() == QLatin1String("codex-cloud"))
                    self->m_codexEnv->addItem(QStringLiteral("%1 — %2").arg(s.name, s.defaultBranch), s.name);
            }
            self->m_ui->repoEdit->setEditText(typed);
        });
}

bool NewTaskDialog::parseEnvironment(QMap<QString, QString> *env, QString *problem) const
{
    const QStringList lines = m_ui->envEdit->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        if (line.trimmed().isEmpty())
            continue;
        QString key, value;
        if (!parseEnvironmentAssignment(line.trimmed(), &key, &value, problem))
            return false;
        env->insert(key, value);
    }
    return true;
}

NewTask NewTaskDialog::input() const
{
    NewTask t;
    t.provider = m_ui->providerCombo->currentData().toString();
    t.account = m_ui->accountCombo->currentData().toString();
    t.repoUrl = m_ui->repoEdit->currentText().trimmed();
    t.branch = m_ui->branchEdit->text().trimmed();
    t.prompt = m_ui->promptEdit->toPlainText();
    t.options.autoCreatePr = m_ui->autoPrCheck->isChecked();
    t.options.planApprovalRequired = m_ui->planApprovalCheck->isChecked();
    QString ignored;
    parseEnvironment(&t.options.environment, &ignored);
    t.options.provider = providerOptions();
    return t;
}

void NewTaskDialog::revalidate()
{
    const NewTask t = input();
    const QList<ValidationIssue> issues = validateNewTask(t);
    QString repo, prompt, env;
    for (const ValidationIssue &i : issues) {
        // Say nothing about fields the user has not reached yet.
        if (i.field == ValidationIssue::RepoUrl && !t.repoUrl.isEmpty())
            repo = i.message;
        else if (i.field == ValidationIssue::Prompt && !t.prompt.isEmpty())
            prompt = i.message;
        else if (i.field == ValidationIssue::Environment || i.field == ValidationIssue::Branch)
            env = i.message;
    }
    QMap<QString, QString> parsed;
    QString envProblem;
    if (!parseEnvironment(&parsed, &envProblem))
        env = envProblem;
    showProblem(m_ui->repoError, repo);
    showProblem(m_ui->promptError, prompt);
    showProblem(m_ui->envError, env);
    m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_busy && issues.isEmpty() && envProblem.isEmpty());
}

void NewTaskDialog::accept()
{
    if (m_busy)
        return;
    const NewTask t = input();
    if (validationError(validateNewTask(t))) {
        revalidate();
        return;
    }
    m_busy = true;
    revalidate();
    showProblem(m_ui->submitError, {});
    m_ui->submitError->setStyleSheet({});
    m_ui->submitError->setText(tr("Sending…"));
    m_ui->submitError->setVisible(true);
    NewTaskDialog *self = this; // answered only while this dialog lives; the task is recorded either way
    m_actions.create(t, this, [self](const Outcome<Task> &r) {
        self->m_busy = false;
        if (!r.ok()) {
            showProblem(self->m_ui->submitError, r.error.message);
            self->revalidate();
            return;
        }
        self->m_created = r.value;
        Q_EMIT self->taskCreated(r.value);
        self->QDialog::accept();
    });
}

} // namespace agentdesk
