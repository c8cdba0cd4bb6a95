import java.io.IOException;

import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet(value = "/cmdi-00/Cmdi01")
class Cmdi01 extends HttpServlet {

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

        String param = request.getParameter("input");
        if (param == null) param = "";

        String bar = new Test().doSomething(request, param);

        ProcessBuilder pb = new ProcessBuilder("echo", bar); // no shell: bar is one argv entry
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

    private class Test {

        public String doSomething(HttpServletRequest request, String param)
                throws ServletException, IOException {
            String bar = param;
            return bar;
        }
    } // end innerclass Test
}
