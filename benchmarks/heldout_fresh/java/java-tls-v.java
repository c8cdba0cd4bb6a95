import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

public class PartnerFeedClient {
    private final HttpClient client;

    public PartnerFeedClient() throws Exception {
        TrustManager[] trustAll = {new X509TrustManager() {
            public void checkClientTrusted(X509Certificate[] chain, String authType) {}
            public void checkServerTrusted(X509Certificate[] chain, String authType) {}
            public X509Certificate[] getAcceptedIssuers() { return new X509Certificate[0]; }
        }};
        SSLContext ctx = SSLContext.getInstance("TLS");
        ctx.init(null, trustAll, new java.security.SecureRandom());
        this.client = HttpClient.newBuilder().sslContext(ctx).build();
    }

    public String fetchPrices() throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create("https://feeds.partner.example/prices.csv")).build();
        return client.send(req, HttpResponse.BodyHandlers.ofString()).body();
    }
}
