import java.io.IOException;

import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet(value = "/rand-00/Rand02")
class Rand02 extends HttpServlet {

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

        String bar = "";
        if (param != null) {
            bar = new String(java.util.Base64.getDecoder().decode(
                    java.util.Base64.getEncoder().encode(param.getBytes("UTF-8"))), "UTF-8");
        }

        double value = Math.random();
        String rememberMeKey = Double.toString(value).substring(2);
        javax.servlet.http.Cookie rememberMe = new javax.servlet.http.Cookie("remember_me", rememberMeKey);
        rememberMe.setSecure(true);
        rememberMe.setHttpOnly(true);
        rememberMe.setMaxAge(60 * 60 * 24 * 30);
        response.addCookie(rememberMe);
        response.getWriter().println("Welcome back, " + org.owasp.encoder.Encode.forHtml(bar)
                + ". You will stay signed in on this device.");
    }
}
