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
    const QString sql = QStringLiteral("SELECT title FROM notes WHERE title LIKE '%%1%' ORDER BY updated DESC")
                            .arg(typed);
    if (!q.exec(sql))
        return titles;
    while (q.next())
        titles << q.value(0).toString();
    return titles;
}
