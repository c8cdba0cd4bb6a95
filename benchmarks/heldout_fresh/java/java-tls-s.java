import java.io.FileInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.KeyStore;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

public class PartnerFeedClient {
    private final HttpClient client;

    public PartnerFeedClient() throws Exception {
        KeyStore trust = KeyStore.getInstance("PKCS12");
        try (FileInputStream in = new FileInputStream("/etc/app/partner-truststore.p12")) {
            trust.load(in, System.getenv("TRUSTSTORE_PASSWORD").toCharArray());
        }
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trust);
        SSLContext ctx = SSLContext.getInstance("TLS");
        ctx.init(null, tmf.getTrustManagers(), new java.security.SecureRandom());
        this.client = HttpClient.newBuilder().sslContext(ctx).build();
    }

    public String fetchPrices() throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create("https://feeds.partner.example/prices.csv")).build();
        return client.send(req, HttpResponse.BodyHandlers.ofString()).body();
    }
}
