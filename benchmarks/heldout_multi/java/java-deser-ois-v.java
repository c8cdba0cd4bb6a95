import java.io.*;
import javax.servlet.http.*;

public class CartServlet extends HttpServlet {
    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        try (ObjectInputStream in = new ObjectInputStream(req.getInputStream())) {
            Object cart = in.readObject();
            req.getSession().setAttribute("cart", cart);
        } catch (ClassNotFoundException e) {
            resp.sendError(400);
        }
    }
}
