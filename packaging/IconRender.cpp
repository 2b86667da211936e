// lintas-icon-render: draws the application icon (SVG) as the PNG sizes of the hicolor icon
// theme, at build time, with Qt's own SVG renderer (no extra build dependency).
//
//   lintas-icon-render ICON.svg OUTDIR SIZE...   writes OUTDIR/<SIZE>x<SIZE>/apps/lintas.png
#include <QDir>
#include <QImage>
#include <QPainter>
#include <QString>
#include <QSvgRenderer>

#include <cstdio>
#include <cstdlib>
#include <string>

int main(int argc, char** argv) {
    if (argc < 4) {
        std::fprintf(stderr, "usage: lintas-icon-render ICON.svg OUTDIR SIZE...\n");
        return 2;
    }
    QSvgRenderer renderer(QString::fromLocal8Bit(argv[1]));
    if (!renderer.isValid()) {
        std::fprintf(stderr, "lintas-icon-render: %s is not an SVG image Qt can draw\n", argv[1]);
        return 1;
    }
    const QDir out(QString::fromLocal8Bit(argv[2]));
    for (int i = 3; i < argc; ++i) {
        char* end = nullptr;
        const long size = std::strtol(argv[i], &end, 10);
        if (end == argv[i] || *end != '\0' || size < 8 || size > 1024) {
            std::fprintf(stderr, "lintas-icon-render: '%s' is not an icon size (8-1024)\n", argv[i]);
            return 2;
        }
        const int px = static_cast<int>(size);
        QImage image(px, px, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        {
            QPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setRenderHint(QPainter::SmoothPixmapTransform);
            renderer.render(&painter, QRectF(0, 0, px, px));
        }
        const QString dir = QStringLiteral("%1x%1/apps").arg(px);
        if (!out.mkpath(dir)) {
            std::fprintf(stderr, "lintas-icon-render: cannot create %s\n", qPrintable(out.filePath(dir)));
            return 1;
        }
        const QString file = out.filePath(dir + QStringLiteral("/lintas.png"));
        if (!image.save(file, "PNG")) {
            std::fprintf(stderr, "lintas-icon-render: cannot write %s\n", qPrintable(file));
            return 1;
        }
    }
    return 0;
}
