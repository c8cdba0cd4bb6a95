import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

public class InventoryApiClient {
    private final HttpClient http;
    private final String baseUrl;

    public InventoryApiClient(String baseUrl, Path truststore, char[] storePass) throws Exception {
        this.baseUrl = baseUrl;
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(truststore)) {
            ks.load(in, storePass);
        }
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(ks);
        SSLContext ctx = SSLContext.getInstance("TLS");
        ctx.init(null, tmf.getTrustManagers(), null);
        this.http = HttpClient.newBuilder().sslContext(ctx).connectTimeout(Duration.ofSeconds(5)).build();
    }

    public String stockLevel(String sku, String apiToken) throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create(baseUrl + "/v2/stock/" + sku))
                .header("Authorization", "Bearer " + apiToken)
                .GET().build();
        return http.send(req, HttpResponse.BodyHandlers.ofString()).body();
    }
}
