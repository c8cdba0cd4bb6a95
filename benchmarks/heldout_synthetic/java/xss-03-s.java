import java.io.IOException;

import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet(value = "/xss-00/Xss03")
class Xss03 extends HttpServlet {

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

        String[] values = request.getParameterValues("input");
        String param = (values != null && values.length > 0) ? values[0] : "";

        String guess = "ABC";
        char switchTarget = guess.charAt(1);
        String bar;
        switch (switchTarget) {
            case 'A':
                bar = param;
                break;
            case 'B':
                bar = "safe!";
                break;
            case 'C':
            case 'D':
                bar = param;
                break;
            default:
                bar = "safe!";
                break;
        }

        response.setHeader("X-XSS-Protection", "0");
        response.getWriter().write("<div class=\"note\">Your referral code: " + bar + "</div>");
    }
}
