import java.io.IOException;

import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet(value = "/cmdi-00/Cmdi02")
class Cmdi02 extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    public void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        doPost(request, response);
    }

    @Override
    public void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        response.setContentType("text/html;charset=UTF-8");

        String param = "";
        if (request.getHeader("X-Input") != null) {
            param = request.getHeader("X-Input");
        }
        // the client URL-encodes this header
        param = java.net.URLDecoder.decode(param, "UTF-8");

        int num = 106;
        String bar = (7 * 42) - num > 200 ? "safe!" : param;

        ProcessBuilder pb = new ProcessBuilder("sh", "-c", "nslookup " + bar);
        pb.redirectErrorStream(true);
        try {
            Process p = pb.start();
            java.io.BufferedReader in = new java.io.BufferedReader(new java.io.InputStreamReader(p.getInputStream()));
            String line;
            while ((line = in.readLine()) != null) {
                response.getWriter().println(org.owasp.encoder.Encode.forHtml(line));
            }
        } catch (IOException e) {
            response.getWriter().println("Problem executing command");
        }
    }
}
