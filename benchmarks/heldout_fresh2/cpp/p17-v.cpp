// Qt service: issue a new API key for a developer account and show it once.
#include <QByteArray>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QRandomGenerator>
#include <QString>

extern bool saveApiKeyHash(const QString& account, const QByteArray& key);

static QByteArray newApiKey()
{
    QByteArray raw(24, Qt::Uninitialized);
    QRandomGenerator *rng = QRandomGenerator::global();
    for (int i = 0; i < raw.size(); ++i)
        raw[i] = static_cast<char>(rng->bounded(256));
    return "ak_" + raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

void registerKeyRoute(QHttpServer &server)
{
    server.route("/keys/new", QHttpServerRequest::Method::Post,
                 [](const QHttpServerRequest &req) {
        const QString account = req.query().queryItemValue("account");
        if (account.isEmpty())
            return QHttpServerResponse(QHttpServerResponse::StatusCode::BadRequest);
        const QByteArray key = newApiKey();
        if (!saveApiKeyHash(account, key))
            return QHttpServerResponse(QHttpServerResponse::StatusCode::InternalServerError);
        return QHttpServerResponse("text/plain", key);
    });
}
