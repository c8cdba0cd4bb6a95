import java.io.IOException;

import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet(value = "/rand-00/Rand03")
class Rand03 extends HttpServlet {

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

        String bar = param;
        int num = 86;
        java.util.Random numGen = (7 * 42) - num > 200
                ? new java.security.SecureRandom() : new java.util.Random();

        String rememberMeKey = Long.toString(numGen.nextLong(), 36);
        javax.servlet.http.Cookie rememberMe = new javax.servlet.http.Cookie("remember_me", rememberMeKey);
        rememberMe.setSecure(true);
        rememberMe.setHttpOnly(true);
        rememberMe.setMaxAge(60 * 60 * 24 * 30);
        response.addCookie(rememberMe);
        response.getWriter().println("Welcome back, " + org.owasp.encoder.Encode.forHtml(bar)
                + ". You will stay signed in on this device.");
    }
}
