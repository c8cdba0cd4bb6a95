import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.*;
import java.util.List;
import javax.servlet.http.*;

public class CartServlet extends HttpServlet {
    record Item(String sku, int qty) {}
    record Cart(List<Item> items) {}

    private final ObjectMapper mapper = new ObjectMapper();

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Cart cart = mapper.readValue(req.getInputStream(), Cart.class);
        req.getSession().setAttribute("cart", cart);
    }
}
