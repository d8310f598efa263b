#include "NewTaskDialog.h"

#include "sync/TaskService.h"
#include "ui_NewTaskDialog.h"

#include <QPointer>
#include <QPushButton>

namespace agentdesk {

namespace {
void showProblem(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
    label->setStyleSheet(QStringLiteral("color: palette(link-visited); color: #c01c28;"));
}
} // namespace

NewTaskDialog::NewTaskDialog(TaskService &service, const QList<Account> &accounts, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::NewTaskDialog>()), m_service(service), m_accounts(accounts)
{
    m_ui->setupUi(this);
    const QList<ProviderId> available = service.availableProviders();
    for (ProviderId id : available) {
        bool hasAccount = false;
        for (const Account &a : accounts)
            hasAccount |= a.provider == id;
        if (hasAccount)
            m_ui->providerCombo->addItem(providerDisplayName(id), providerKey(id));
    }
    for (QLabel *l : {m_ui->repoError, m_ui->promptError, m_ui->envError, m_ui->submitError})
        showProblem(l, {});
    if (m_ui->providerCombo->count() == 0)
        showProblem(m_ui->submitError, tr("No provider account is set up yet. Add one in Accounts first."));

    connect(m_ui->providerCombo, &QComboBox::currentIndexChanged, this, [this] {
        fillAccounts();
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
    revalidate();
    m_ui->repoEdit->setFocus();
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
    m_ui->planApprovalCheck->setToolTip(caps.planApproval ? QString()
                                                          : tr("This provider has no plan approval step."));
    if (!caps.planApproval)
        m_ui->planApprovalCheck->setChecked(false);
}

void NewTaskDialog::fetchSources()
{
    const auto provider = providerFromKey(m_ui->providerCombo->currentData().toString());
    if (!provider || !m_service.capabilities(*provider).listSources)
        return;
    QPointer<NewTaskDialog> self(this);
    m_service.listSources(*provider, m_ui->accountCombo->currentData().toString(),
                          [self](const Outcome<QList<SourceInfo>> &r) {
                              if (!self || !r.ok())
                                  return;   // the picker stays a free text field
                              const QString typed = self->m_ui->repoEdit->currentText();
                              self->m_ui->repoEdit->clear();
                              for (const SourceInfo &s : r.value)
                                  if (!s.url.isEmpty())
                                      self->m_ui->repoEdit->addItem(s.url);
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
    QPointer<NewTaskDialog> self(this);
    m_service.create(t, [self](const Outcome<Task> &r) {
        if (!self)
            return;
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
