#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>

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
