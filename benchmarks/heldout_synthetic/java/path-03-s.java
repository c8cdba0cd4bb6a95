import java.io.IOException;

import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet(value = "/path-00/Path03")
class Path03 extends HttpServlet {

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
        java.util.Map<String, String[]> paramMap = request.getParameterMap();
        if (paramMap != null) {
            String[] values = paramMap.get("input");
            if (values != null && values.length > 0) param = values[0];
        }

        java.util.List<String> valuesList = new java.util.ArrayList<String>();
        valuesList.add("safe");
        valuesList.add(param);
        valuesList.add("safe!");
        valuesList.remove(0); // drop the first entry
        String bar = valuesList.get(1);

        String fileName = UPLOAD_DIR + java.io.File.separator + bar;
        response.setContentType("application/octet-stream");
        try (java.io.FileInputStream fis = new java.io.FileInputStream(fileName)) {
            byte[] b = new byte[4096];
            int n;
            while ((n = fis.read(b)) > 0) {
                response.getOutputStream().write(b, 0, n);
            }
        } catch (java.io.FileNotFoundException e) {
            response.sendError(404);
        }
    }
}
