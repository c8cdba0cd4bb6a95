import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import io.javalin.Javalin;
import io.javalin.http.Context;

public class LogSearchApp {
    private final LogRepository repo;

    public LogSearchApp(LogRepository repo) {
        this.repo = repo;
    }

    private void search(Context ctx) {
        String needle = ctx.queryParam("contains");
        if (needle == null || needle.isEmpty()) {
            ctx.status(400).result("contains is required");
            return;
        }
        Pattern p = Pattern.compile(".*" + Pattern.quote(needle) + ".*", Pattern.CASE_INSENSITIVE);
        List<String> hits = repo.recentLines(5000).stream()
                .filter(line -> p.matcher(line).matches())
                .limit(200)
                .collect(Collectors.toList());
        ctx.json(hits);
    }

    public void start(int port) {
        Javalin.create().get("/logs/search", this::search).start(port);
    }
}
