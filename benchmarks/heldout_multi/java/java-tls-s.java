import java.net.URL;
import javax.net.ssl.*;

public class PartnerClient {
    public static HttpsURLConnection open(String path) throws Exception {
        SSLContext ctx = SSLContext.getInstance("TLSv1.3");
        ctx.init(null, null, null);
        HttpsURLConnection conn = (HttpsURLConnection) new URL("https://api.partner.com" + path).openConnection();
        conn.setSSLSocketFactory(ctx.getSocketFactory());
        return conn;
    }
}
