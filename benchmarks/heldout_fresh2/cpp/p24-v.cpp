// Qt HTTP server: GET /search?q=... shows a results page that repeats the query.
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

extern QStringList searchProducts(const QString &q);

static QString resultsPage(const QString &query, const QStringList &hits)
{
    QString html = QStringLiteral("<html><body><h2>Results for \"%1\"</h2><ul>").arg(query);
    for (const QString &h : hits)
        html += QStringLiteral("<li>%1</li>").arg(h.toHtmlEscaped());
    html += QStringLiteral("</ul></body></html>");
    return html;
}

void registerSearch(QHttpServer &server)
{
    server.route("/search", [](const QHttpServerRequest &req) {
        const QString q = req.query().queryItemValue("q", QUrl::FullyDecoded);
        const QStringList hits = searchProducts(q);
        return QHttpServerResponse("text/html; charset=utf-8", resultsPage(q, hits).toUtf8());
    });
}
