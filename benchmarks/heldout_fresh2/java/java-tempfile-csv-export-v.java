import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.*;
import java.util.List;

/** CLI: java ExportOrders <customerId> -- exports a customer's orders and uploads the CSV. */
public class ExportOrders {
    public static void main(String[] args) throws IOException {
        String customerId = args[0];
        List<String[]> rows = OrdersDao.fromEnv().ordersFor(customerId);
        Path tmp = Paths.get("/tmp", "orders-" + customerId + ".csv");
        try (BufferedWriter w = Files.newBufferedWriter(tmp)) {
            w.write("order_id,date,total\n");
            for (String[] r : rows) {
                w.write(String.join(",", r));
                w.write("\n");
            }
        }
        Uploader.fromEnv().upload(tmp, "exports/" + tmp.getFileName());
        Files.deleteIfExists(tmp);
    }
}
