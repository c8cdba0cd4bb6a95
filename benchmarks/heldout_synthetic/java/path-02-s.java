import java.io.IOException;

import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet(value = "/path-00/Path02")
class Path02 extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final String UPLOAD_DIR = "/var/app/uploads";

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
        java.util.Enumeration<String> headers = request.getHeaders("X-Input");
        if (headers != null && headers.hasMoreElements()) {
            param = headers.nextElement(); // only the first value is used
        }
        param = java.net.URLDecoder.decode(param, "UTF-8");

        int num = 86;
        String bar = (7 * 42) - num > 200 ? "safe!" : param;

        java.nio.file.Path target = java.nio.file.Paths.get(UPLOAD_DIR, bar);
        if (!java.nio.file.Files.isRegularFile(target)) {
            response.sendError(404);
            return;
        }
        response.setContentType("application/octet-stream");
        response.getOutputStream().write(java.nio.file.Files.readAllBytes(target));
    }
}
