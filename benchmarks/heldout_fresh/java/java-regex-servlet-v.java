import java.io.IOException;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet("/tags/filter")
public class TagFilterServlet extends HttpServlet {
    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String expr = req.getParameter("match");
        Pattern p = Pattern.compile(expr == null ? ".*" : expr);
        List<String> tags = TagStore.all().stream()
                .filter(t -> p.matcher(t).find())
                .limit(100)
                .collect(Collectors.toList());
        resp.setContentType("text/plain;charset=UTF-8");
        resp.getWriter().println(String.join("\n", tags));
    }
}
