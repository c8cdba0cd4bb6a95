import java.io.IOException;

import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet(value = "/hash-00/Hash02")
class Hash02 extends HttpServlet {

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
        java.util.Map<String, String[]> paramMap = request.getParameterMap();
        if (paramMap != null) {
            String[] values = paramMap.get("input");
            if (values != null && values.length > 0) param = values[0];
        }

        String bar = param;
        String guess = "ABC";
        char switchTarget = guess.charAt(2);
        String algorithm;
        switch (switchTarget) {
            case 'A':
                algorithm = "SHA-512";
                break;
            case 'B':
                algorithm = "SHA-256";
                break;
            case 'C':
            case 'D':
                algorithm = "SHA1";
                break;
            default:
                algorithm = "SHA-256";
                break;
        }

        try {
            java.security.MessageDigest md = java.security.MessageDigest.getInstance(algorithm);
            md.update(bar.getBytes("UTF-8"));
            byte[] result = md.digest();
            response.getWriter().println("Integrity fingerprint of your document: "
                    + java.util.Base64.getEncoder().encodeToString(result));
        } catch (java.security.GeneralSecurityException e) {
            throw new ServletException(e);
        }
    }
}
