#include "ExportFile.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace agentdesk {

QString writeExportFile(const QString &path, const QByteArray &data)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        || file.write(data) != data.size() || !file.commit())
        return QCoreApplication::translate("Export", "Cannot write %1: %2").arg(path, file.errorString());
    return {};
}

} // namespace agentdesk
