#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>

// typed: the search box text, or the q of a notes://search?q=... link the app opens from shared notes and e-mail
QStringList searchNotes(const QString &typed)
{
    QStringList titles;
    QSqlQuery q(QSqlDatabase::database("notes"));
    q.prepare(QStringLiteral("SELECT title FROM notes WHERE title LIKE '%' || :t || '%' ORDER BY updated DESC"));
    q.bindValue(QStringLiteral(":t"), typed);
    if (!q.exec())
        return titles;
    while (q.next())
        titles << q.value(0).toString();
    return titles;
}
