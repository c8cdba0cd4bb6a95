import java.io.IOException;

import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet(value = "/cipher-00/Cipher02")
class Cipher02 extends HttpServlet {

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
        java.util.Enumeration<String> headers = request.getHeaders("X-Input");
        if (headers != null && headers.hasMoreElements()) {
            param = headers.nextElement(); // only the first value is used
        }
        param = java.net.URLDecoder.decode(param, "UTF-8");

        String bar = param;
        java.util.HashMap<String, String> algorithms = new java.util.HashMap<String, String>();
        algorithms.put("modern", "AES/GCM/NoPadding");
        algorithms.put("legacy", "DES/ECB/PKCS5Padding");
        String algorithm = algorithms.get("legacy");

        try {
            javax.crypto.Cipher c = javax.crypto.Cipher.getInstance(algorithm);
            String keyAlgorithm = algorithm.substring(0, algorithm.indexOf('/'));
            javax.crypto.SecretKey key = javax.crypto.KeyGenerator.getInstance(keyAlgorithm).generateKey();
            if (algorithm.contains("/GCM/")) {
                byte[] iv = new byte[12];
                new java.security.SecureRandom().nextBytes(iv);
                c.init(javax.crypto.Cipher.ENCRYPT_MODE, key, new javax.crypto.spec.GCMParameterSpec(128, iv));
            } else {
                c.init(javax.crypto.Cipher.ENCRYPT_MODE, key);
            }
            byte[] result = c.doFinal(bar.getBytes("UTF-8"));
            response.getWriter().println("Sensitive value encrypted and stored: "
                    + java.util.Base64.getEncoder().encodeToString(result).length() + " bytes (base64)");
        } catch (java.security.GeneralSecurityException e) {
            throw new ServletException(e);
        }
    }
}
