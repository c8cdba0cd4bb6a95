import java.io.IOException;

import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet(value = "/path-00/Path01")
class Path01 extends HttpServlet {

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

        String param = request.getParameter("input");
        if (param == null) param = "";

        String bar = java.net.URLDecoder.decode(param, "UTF-8");

        java.io.File base = new java.io.File(UPLOAD_DIR).getCanonicalFile();
        java.io.File fileTarget = new java.io.File(base, bar).getCanonicalFile();
        if (!fileTarget.isFile()) {
            response.sendError(404);
            return;
        }
        response.setContentType("application/octet-stream");
        try (java.io.InputStream fis = new java.io.FileInputStream(fileTarget)) {
        byte[] b = new byte[4096];
        int n;
        while ((n = fis.read(b)) > 0) {
            response.getOutputStream().write(b, 0, n);
        }
        }
    }
}
