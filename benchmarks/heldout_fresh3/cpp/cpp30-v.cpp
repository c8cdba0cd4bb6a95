#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>

QStringList searchNotes(const QString &typed)
{
    QStringList titles;
    QSqlQuery q(QSqlDatabase::database("notes"));
    const QString sql = QStringLiteral("SELECT title FROM notes WHERE title LIKE '%%1%' ORDER BY updated DESC")
                            .arg(typed);
    if (!q.exec(sql))
        return titles;
    while (q.next())
        titles << q.value(0).toString();
    return titles;
}
