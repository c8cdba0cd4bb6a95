import java.io.IOException;

import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet(value = "/trust-00/Trust01")
class Trust01 extends HttpServlet {

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

        java.util.HashMap<String, Object> map62 = new java.util.HashMap<String, Object>();
        map62.put("keyA", "safe!");
        map62.put("keyB", param);
        map62.put("keyC", "another_Value");
        String bar = (String) map62.get("keyB");

        request.getSession().setAttribute("userid", bar);
        response.getWriter().println("Item: 'userid' with value: '"
                + org.owasp.encoder.Encode.forHtml(bar) + "' saved in session.");
    }
}
