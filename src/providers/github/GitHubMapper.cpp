#include "GitHubMapper.h"

#include <QHash>
#include <QRegularExpression>

namespace agentdesk::github {

namespace {
QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}
qint64 id64(const QJsonValue &v)
{
    // Ids pass 2^32; a JSON double holds them exactly up to 2^53.
    return v.isString() ? v.toString().toLongLong() : qint64(v.toDouble());
}
bool isFailedConclusion(const QString &c)
{
    return c == QLatin1String("failure") || c == QLatin1String("timed_out") || c == QLatin1String("action_required")
           || c == QLatin1String("startup_failure");
}
ChecksState summed(bool anyFailure, bool anyPending, bool anySuccess)
{
    return anyFailure   ? ChecksState::Failure
           : anyPending ? ChecksState::Pending
           : anySuccess ? ChecksState::Success
                        : ChecksState::None;
}
} // namespace

QJsonObject ChecksPart::toJson() const
{
    PullRequestStatus s;
    s.checks = state;
    s.failing = failing;
    const QJsonObject stored = s.toStored();
    return {{QStringLiteral("checks"), stored.value(QLatin1String("checks"))},
            {QStringLiteral("failing"), stored.value(QLatin1String("failing"))}};
}

ChecksPart ChecksPart::fromJson(const QJsonObject &o)
{
    const PullRequestStatus s = PullRequestStatus::fromStored(o);
    return {s.checks, s.failing};
}

void applyPull(const QJsonObject &pull, PullRequestStatus &into)
{
    const bool merged = pull.value(QLatin1String("merged")).toBool() || !str(pull, "merged_at").isEmpty();
    into.state = merged                                          ? PrState::Merged
                 : str(pull, "state") == QLatin1String("closed") ? PrState::Closed
                                                                 : PrState::Open;
    const QJsonObject head = pull.value(QLatin1String("head")).toObject();
    into.headSha = str(head, "sha");
    into.headRef = str(head, "ref");
    if (const int n = pull.value(QLatin1String("number")).toInt(); n > 0)
        into.number = n;
    if (const QString url = str(pull, "html_url"); !url.isEmpty())
        into.url = url;
}

qint64 actionsJobId(const QJsonObject &checkRun)
{
    static const QRegularExpression job(QStringLiteral("/job/([0-9]+)(?:[/?#].*)?$"));
    const QRegularExpressionMatch m = job.match(str(checkRun, "details_url"));
    return m.hasMatch() ? m.captured(1).toLongLong() : 0;
}

ChecksPart checksFromRuns(const QJsonObject &answer)
{
    ChecksPart part;
    bool failure = false, pending = false, success = false;
    const QJsonArray runs = answer.value(QLatin1String("check_runs")).toArray();
    for (const QJsonValue &v : runs) {
        const QJsonObject run = v.toObject();
        if (str(run, "status") != QLatin1String("completed")) {
            pending = true;
            continue;
        }
        const QString conclusion = str(run, "conclusion");
        if (isFailedConclusion(conclusion)) {
            failure = true;
            const QString url = str(run, "html_url");
            part.failing << FailingCheck{str(run, "name"), url.isEmpty() ? str(run, "details_url") : url, conclusion,
                                         actionsJobId(run), id64(run.value(QLatin1String("id")))};
        } else if (conclusion == QLatin1String("success")) {
            success = true;
        }
    }
    part.state = summed(failure, pending, success);
    return part;
}

ChecksPart checksFromStatus(const QJsonObject &answer)
{
    ChecksPart part;
    bool failure = false, pending = false, success = false;
    const QJsonArray statuses = answer.value(QLatin1String("statuses")).toArray();
    for (const QJsonValue &v : statuses) {
        const QJsonObject st = v.toObject();
        const QString state = str(st, "state");
        if (state == QLatin1String("failure") || state == QLatin1String("error")) {
            failure = true;
            part.failing << FailingCheck{str(st, "context"), str(st, "target_url"), state, 0, 0};
        } else if (state == QLatin1String("pending")) {
            pending = true;
        } else if (state == QLatin1String("success")) {
            success = true;
        }
    }
    part.state = summed(failure, pending, success);
    return part;
}

ChecksPart combine(const ChecksPart &a, const ChecksPart &b)
{
    ChecksPart out;
    out.failing = a.failing + b.failing;
    out.state = std::max(a.state, b.state, [](ChecksState x, ChecksState y) {
        auto rank = [](ChecksState s) {
            switch (s) {
            case ChecksState::Failure: return 3;
            case ChecksState::Pending: return 2;
            case ChecksState::Success: return 1;
            case ChecksState::None: return 0;
            }
            return 0;
        };
        return rank(x) < rank(y);
    });
    return out;
}

ReviewState decideReview(const QJsonArray &reviews, QList<ReviewNote> *requests)
{
    struct Decision {
        QString state;
        ReviewNote note;
    };
    QHash<QString, Decision> byReviewer; // in answer order: oldest first
    bool commented = false;
    for (const QJsonValue &v : reviews) {
        const QJsonObject r = v.toObject();
        const QString state = str(r, "state");
        const QString who = str(r.value(QLatin1String("user")).toObject(), "login");
        if (state == QLatin1String("COMMENTED"))
            commented = true;
        else if (state == QLatin1String("DISMISSED"))
            byReviewer.remove(who);
        else if (state == QLatin1String("APPROVED") || state == QLatin1String("CHANGES_REQUESTED"))
            byReviewer.insert(
                who, {state,
                      ReviewNote{who, str(r, "body"), str(r, "html_url"), {}, 0, id64(r.value(QLatin1String("id")))}});
    }
    bool approved = false, changes = false;
    for (const Decision &d : std::as_const(byReviewer)) {
        if (d.state == QLatin1String("CHANGES_REQUESTED")) {
            changes = true;
            if (requests)
                *requests << d.note;
        } else {
            approved = true;
        }
    }
    if (requests)
        std::sort(requests->begin(), requests->end(),
                  [](const ReviewNote &a, const ReviewNote &b) { return a.id < b.id; });
    return changes     ? ReviewState::ChangesRequested
           : approved  ? ReviewState::Approved
           : commented ? ReviewState::Commented
                       : ReviewState::None;
}

QList<ReviewNote> commentsOfReviews(const QJsonArray &comments, const QList<ReviewNote> &reviews)
{
    QList<ReviewNote> out;
    for (const QJsonValue &v : comments) {
        const QJsonObject c = v.toObject();
        const qint64 review = id64(c.value(QLatin1String("pull_request_review_id")));
        const bool ofARequest =
            std::any_of(reviews.begin(), reviews.end(), [review](const ReviewNote &r) { return r.id == review; });
        if (!ofARequest)
            continue;
        const QJsonValue line = c.value(QLatin1String("line"));
        out << ReviewNote{str(c.value(QLatin1String("user")).toObject(), "login"),
                          str(c, "body"),
                          str(c, "html_url"),
                          str(c, "path"),
                          line.isDouble() ? line.toInt() : 0,
                          id64(c.value(QLatin1String("id")))};
    }
    return out;
}

QString logTail(const QByteArray &log, int maxLines, int maxChars)
{
    QStringList lines = QString::fromUtf8(log).split(QLatin1Char('\n'));
    while (!lines.isEmpty() && lines.last().trimmed().isEmpty())
        lines.removeLast();
    QStringList kept;
    int size = 0;
    for (qsizetype i = lines.size() - 1; i >= 0 && kept.size() < maxLines; --i) {
        QString line = lines.at(i);
        line.remove(QLatin1Char('\r'));
        if (size + line.size() + 1 > maxChars)
            break;
        size += int(line.size()) + 1;
        kept.prepend(line);
    }
    return kept.join(QLatin1Char('\n'));
}

} // namespace agentdesk::github
