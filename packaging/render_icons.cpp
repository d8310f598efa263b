// Renders the application icon's SVG into the PNG sizes the icon theme wants, at build
// time: render_icons SVG OUTDIR SIZE...  (writes OUTDIR/SIZExSIZE.png)
#include <QCoreApplication>
#include <QDir>
#include <QImage>
#include <QImageReader>
#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 4) {
        std::fprintf(stderr, "usage: render_icons SVG OUTDIR SIZE...\n");
        return 2;
    }
    QDir().mkpath(args.at(2));
    for (const QString &sizeText : args.mid(3)) {
        const int size = sizeText.toInt();
        QImageReader reader(args.at(1));
        reader.setScaledSize(QSize(size, size));
        const QImage image = reader.read();
        const QString out = QDir(args.at(2)).filePath(QStringLiteral("%1x%1.png").arg(size));
        if (image.isNull() || !image.save(out)) {
            std::fprintf(stderr, "render_icons: %s: %s\n", qPrintable(out), qPrintable(reader.errorString()));
            return 1;
        }
    }
    return 0;
}
