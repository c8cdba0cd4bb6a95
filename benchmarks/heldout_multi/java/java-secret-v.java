import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

public class ReportingDb {
    private static final String URL = "jdbc:mysql://reports.internal:3306/reports";
    private static final String USER = "reporter";
    private static final String PASSWORD = "Rep0rt!ng#2024";

    public static Connection open() throws SQLException {
        return DriverManager.getConnection(URL, USER, PASSWORD);
    }
}
