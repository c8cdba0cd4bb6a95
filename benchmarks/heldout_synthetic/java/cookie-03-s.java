import java.io.IOException;

import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet(value = "/cookie-00/Cookie03")
class Cookie03 extends HttpServlet {

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

        String bar = param;
        int num = 86;
        boolean secureFlag = (7 * 42) - num > 200 ? true : false;

        byte[] tokenBytes = new byte[24];
        new java.security.SecureRandom().nextBytes(tokenBytes);
        String token = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(tokenBytes);
        String cookieValue = java.net.URLEncoder.encode(bar, "UTF-8") + ":" + token;
        javax.servlet.http.Cookie cookie = new javax.servlet.http.Cookie("remember_me", cookieValue);
        cookie.setSecure(secureFlag);
        cookie.setHttpOnly(true);
        cookie.setMaxAge(60 * 60 * 24 * 30);
        cookie.setPath(request.getContextPath() + "/");
        response.addCookie(cookie);
        response.getWriter().println("You will stay signed in on this device.");
    }
}
