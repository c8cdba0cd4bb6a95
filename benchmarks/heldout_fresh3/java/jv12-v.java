import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.cert.X509Certificate;
import java.time.Duration;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

public class InventoryApiClient {
    private final HttpClient http;
    private final String baseUrl;

    public InventoryApiClient(String baseUrl) throws Exception {
        this.baseUrl = baseUrl;
        TrustManager[] trustAll = { new X509TrustManager() {
            public void checkClientTrusted(X509Certificate[] chain, String authType) { }
            public void checkServerTrusted(X509Certificate[] chain, String authType) { }
            public X509Certificate[] getAcceptedIssuers() { return new X509Certificate[0]; }
        } };
        SSLContext ctx = SSLContext.getInstance("TLS");
        ctx.init(null, trustAll, null);
        this.http = HttpClient.newBuilder().sslContext(ctx).connectTimeout(Duration.ofSeconds(5)).build();
    }

    public String stockLevel(String sku, String apiToken) throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create(baseUrl + "/v2/stock/" + sku))
                .header("Authorization", "Bearer " + apiToken)
                .GET().build();
        return http.send(req, HttpResponse.BodyHandlers.ofString()).body();
    }
}
