import java.io.IOException;

import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet(value = "/cookie-00/Cookie02")
class Cookie02 extends HttpServlet {

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

        String param = "noCookieValueSupplied";
        javax.servlet.http.Cookie[] theCookies = request.getCookies();
        if (theCookies != null) {
            for (javax.servlet.http.Cookie theCookie : theCookies) {
                if (theCookie.getName().equals("input")) {
                    param = java.net.URLDecoder.decode(theCookie.getValue(), "UTF-8");
                    break;
                }
            }
        }

        String bar = "";
        if (param != null) {
            bar = new String(java.util.Base64.getDecoder().decode(
                    java.util.Base64.getEncoder().encode(param.getBytes("UTF-8"))), "UTF-8");
        }

        byte[] tokenBytes = new byte[24];
        new java.security.SecureRandom().nextBytes(tokenBytes);
        String token = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(tokenBytes);
        String cookieValue = java.net.URLEncoder.encode(bar, "UTF-8") + ":" + token;
        javax.servlet.http.Cookie cookie = new javax.servlet.http.Cookie("remember_me", cookieValue);
        cookie.setHttpOnly(true);
        cookie.setMaxAge(60 * 60 * 24 * 30);
        cookie.setPath(request.getContextPath() + "/");
        response.addCookie(cookie);
        response.getWriter().println("You will stay signed in on this device.");
    }
}
